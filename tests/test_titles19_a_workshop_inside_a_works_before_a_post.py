"""A post printed after an enterprise's name, one of its works (热轧厂, 炼油厂) and a
workshop of that works (精整车间) is held at the workshop inside the works, a 的 between
the workshop and the post or not. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_team_leader_of_a_workshop_inside_a_works():
    text = news_page("东岭钢城重工有限公司热轧厂精整车间班长邓长河讲述了自己的成长经历。")
    assert ("邓长河", "班长", "东岭钢城重工有限公司热轧厂精整车间") in first_article_positions(text)


def test_an_occupation_in_a_workshop_inside_a_works():
    text = news_page("东岭钢城重工有限公司热轧厂精整车间维修电工邓长河讲述了自己的成长经历。")
    assert (
        "邓长河",
        "维修电工",
        "东岭钢城重工有限公司热轧厂精整车间",
    ) in first_article_positions(text)


def test_a_de_between_the_workshop_and_the_occupation_is_no_part_of_the_title():
    text = news_page(
        "宣讲团成员、东岭钢城重工有限公司热轧厂精整车间的维修电工邓长河讲述了自己的成长经历。"
    )
    positions = first_article_positions(text)
    assert ("邓长河", "维修电工", "东岭钢城重工有限公司热轧厂精整车间") in positions
    assert not any(title.startswith("的") for _, title, _ in positions)


def test_a_workshop_of_a_numbered_works_is_read_as_before():
    text = news_page("东岭钢城重工有限公司一厂精整车间班长邓长河讲述了自己的成长经历。")
    assert ("邓长河", "班长", "东岭钢城重工有限公司一厂精整车间") in first_article_positions(text)


def test_a_long_phrase_that_ends_in_no_works_reads_no_unit():
    text = news_page("东岭钢城重工有限公司热轧精整设备维护车间班长邓长河讲述了自己的成长经历。")
    positions = first_article_positions(text)
    assert not any(org and org.endswith("维护车间") for _, _, org in positions)
