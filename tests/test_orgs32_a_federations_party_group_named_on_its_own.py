"""A federation's Party group named on its own (某市总工会党组研究决定, 向省总工会党组写出报告)
is a body of its own, the federation's (tuning gold of real_dev5 and real_dev7: 某市总工会
党组, type party_body). Before a post (党组书记, 党组成员) it stays in the title at the
federation; a group after no federation's name (各级总工会党组) and a company's Party
committee printed on its own stay no body. Seen on real pages of provincial and city
federations' decisions and reports (s49 orgs32). Bodies and people are invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_city_federations_party_group_deciding_is_a_body():
    found = first_article_resolved("经评审、株洲市总工会党组研究决定，命名五名工匠。")
    assert "株洲市总工会党组" in found


def test_a_party_group_by_the_federations_short_form_reads_its_city():
    found = first_article_resolved(
        "株洲市总工会、市人社局联合开展选树活动。经市总工会党组研究决定，命名五名工匠。"
    )
    assert "株洲市总工会党组" in found
    assert "株洲市总工会" in found


def test_a_party_group_receiving_a_report_is_a_body():
    found = first_article_resolved("考察团回来后将向吉林省总工会党组写出专题报告。")
    assert "吉林省总工会党组" in found


def test_the_party_groups_secretary_stays_a_post_at_the_federation():
    text = "株洲市总工会党组书记、主席韩立新主持会议，市总工会党组成员、副主席高芳宣读决定。"
    found = first_article_resolved(text)
    assert not any(name.endswith("党组") for name in found)
    positions = first_article_positions(news_page(text))
    assert ("韩立新", "党组书记", "株洲市总工会") in positions


def test_a_kind_of_federations_party_group_is_no_body():
    assert not any(n.endswith("党组") for n in first_article_resolved("各级总工会党组要加强领导。"))


def test_a_companys_party_committee_on_its_own_stays_no_body():
    found = first_article_resolved("宏达电缆公司党委研究决定，表彰先进班组。")
    assert not any(name.endswith("党委") for name in found)
