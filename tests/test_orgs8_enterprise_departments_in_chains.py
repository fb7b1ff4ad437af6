"""An enterprise's own departments (党委工作部, 党群工作部, 人力资源部) printed bare in a
chain: after a title at the enterprise's union they are the enterprise's, not the
union's; and a department's head titled 主任 holds the post there as 部长 does.
Invented enterprises and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_party_work_department_after_a_union_chair_is_the_enterprise_s():
    text = news_page("青峰集团工会主席、党委工作部部长甘立新出席会议并讲话。")
    assert ("甘立新", "部长", "青峰集团党委工作部") in first_article_positions(text)


def test_a_mass_work_department_after_a_union_chair_is_not_the_union_s():
    text = news_page("青峰集团工会主席、党群工作部部长甘立新出席会议并讲话。")
    assert ("甘立新", "部长", "青峰集团党群工作部") in first_article_positions(text)


def test_a_department_head_titled_zhuren_after_a_company_officer_is_at_its_department():
    text = news_page("青峰电力公司党委书记柯明远、人力资源部主任郑美玲出席。")
    assert ("郑美玲", "主任", "青峰电力公司人力资源部") in first_article_positions(text)


def test_a_union_committee_after_a_federation_officer_stays_the_federation_s():
    text = news_page("青峰区总工会副主席、女职工委员会主任甘立新出席会议并讲话。")
    assert ("甘立新", "主任", "青峰区总工会女职工委员会") in first_article_positions(text)


def test_a_union_post_after_a_department_head_s_post_is_at_the_enterprise_s_union():
    text = news_page("青峰公司党委工作部部长兼工会副主席甘立新表示，要做好职工服务。")
    assert ("甘立新", "副主席", "青峰公司工会") in first_article_positions(text)


def test_a_union_officer_listed_after_a_department_head_is_at_the_enterprise_s_union():
    text = news_page("青峰公司党委工作部部长甘立新，工会副主席柯明远出席。")
    assert ("柯明远", "副主席", "青峰公司工会") in first_article_positions(text)
