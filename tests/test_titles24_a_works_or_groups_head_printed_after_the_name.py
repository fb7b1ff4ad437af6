"""The head of a works, a group, a mine or a bank printed after the name (某某厂长, 某某
总裁), as a company's 董事长 and 总经理 are, in reports of a company's own leaders
visiting its workers (某公司某某总经理、某某厂长一行): the name holds the post.
Invented names and companies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_works_head_listed_after_the_general_manager():
    found = first_article_positions(
        news_page("2月20日，江苏欧泰公司赵荣华总经理、王刚厂长一行慰问了3名困难职工。")
    )
    assert ("王刚", "厂长", None) in found
    assert ("赵荣华", "总经理", "江苏欧泰公司") in found


def test_a_works_head_accompanying_with_the_union_chair():
    found = first_article_positions(
        news_page("赵荣华总经理在王刚厂长及工会主席王宏伟的陪同下来到职工家中。")
    )
    assert ("王刚", "厂长", None) in found


def test_a_groups_president_after_the_name():
    found = first_article_positions(news_page("会上，李明远总裁作了讲话。"))
    assert ("李明远", "总裁", None) in found


def test_a_surname_and_a_banks_head_stays_a_partial_name():
    found = first_article_positions(news_page("刘行长介绍了情况，市总工会主席韩立森讲话。"))
    assert not any(name.startswith("刘") for name, _, _ in found)


def test_a_works_head_before_the_name_is_unchanged():
    found = first_article_positions(news_page("钢厂厂长王刚主持会议。"))
    assert ("王刚", "厂长", "钢厂") in found
