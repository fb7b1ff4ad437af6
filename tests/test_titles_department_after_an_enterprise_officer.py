"""A department printed alone before a post, right after a name titled at an
enterprise (某集团党委副书记甲、办公室主任乙; 某公司党委书记甲，人力资源部部长乙), is that
enterprise's department, as a company's news lists its leaders and heads of departments
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_department_listed_after_an_enterprise_officer_is_the_enterprises():
    found = first_article_positions(
        news_page("青禾汇鸿集团党委副书记孙萍、办公室主任吴盛华参加了仪式。")
    )
    assert ("吴盛华", "主任", "青禾汇鸿集团办公室") in found


def test_a_department_after_two_chains_of_company_posts_is_the_companys():
    found = first_article_positions(
        news_page(
            "青禾建工有限公司党委书记、总经理杜长江，党委副书记、纪委书记李宗明，"
            "人力资源部部长何希文出席交流会。"
        )
    )
    assert ("何希文", "部长", "青禾建工有限公司人力资源部") in found


def test_a_federations_department_after_its_officer_stays_the_federations():
    found = first_article_positions(
        news_page("青禾区总工会副主席孙萍、组织部部长吴盛华参加了仪式。")
    )
    assert ("吴盛华", "部长", "青禾区总工会组织部") in found


def test_a_department_after_the_officer_of_a_companys_union_is_the_companys():
    found = first_article_positions(
        news_page("青禾交通投资有限公司工会主席罗敏芳、人力资源部部长李军参加了大会。")
    )
    assert ("李军", "部长", "青禾交通投资有限公司人力资源部") in found


def test_a_federations_own_department_after_a_company_officer_stays_as_printed():
    found = first_article_positions(
        news_page("青禾电子有限公司总经理吴立新，权益保障部部长韦海川出席。")
    )
    assert ("韦海川", "部长", "青禾电子有限公司权益保障部") not in found
