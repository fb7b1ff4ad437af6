"""Posts of a Party committee's organs and of ranked officers printed in a chain (invented
people; the shapes printed by district, city and county papers)."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    """The positions the first article of a one-item page of ``body`` states."""
    return first_article_positions(news_page(body))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 政法委 printed bare after 某区委常委 is the district committee's, as 组织部 is
        (
            "6月3日，城东区委常委、政法委书记罗建平到区总工会调研。",
            {("罗建平", "书记", "城东区委政法委"), ("罗建平", "常委", "城东区委")},
        ),
        (
            "6月3日，城东区委副书记、政法委书记罗建平到区总工会调研。",
            {("罗建平", "书记", "城东区委政法委")},
        ),
        # no committee printed before it: the commission is nobody's in particular
        ("6月3日，政法委书记罗建平到区总工会调研。", {("罗建平", "书记", None)}),
    ],
)
def test_political_legal_commission_is_the_committees_printed_before_it(text, expected):
    assert expected <= _positions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba reads 教育部党组|成员: the ministry is still the body of both posts
        (
            "6月3日，教育部党组成员、副部长柯世宁到市总工会调研。",
            {("柯世宁", "党组成员", "教育部"), ("柯世宁", "副部长", "教育部")},
        ),
        ("6月3日，财政部副部长柯世宁到市总工会调研。", {("柯世宁", "副部长", "财政部")}),
    ],
)
def test_ministry_holds_the_posts_printed_after_it(text, expected):
    assert expected <= _positions(text)


def test_departments_of_a_trade_are_no_ministry():
    # 公安部门, 教育部门: a place's departments of a trade, not the ministries
    text = "6月3日，市教育部门和各级公安部门负责人与区总工会主席柯世宁座谈。"
    positions = _positions(text)
    assert ("柯世宁", "主席", "区总工会") in positions
    assert all(org not in {"教育部", "公安部"} for _, _, org in positions)


def test_a_model_worker_visited_by_a_titled_official_holds_none_of_the_officials_posts():
    # 劳模 ends the phrase before 董一鸣, but the phrase is the official's chain and a verb
    text = "1月25日上午，城西市委副书记、区长罗建平慰问了劳模董一鸣。"
    positions = _positions(text)
    assert ("罗建平", "副书记", "城西市委") in positions
    assert not any(name == "董一鸣" for name, _, _ in positions)


def test_an_honour_between_a_post_and_a_name_still_passes_the_post():
    text = "6月3日，城西机械厂电工、全国劳动模范董一鸣在会上发言。"
    assert ("董一鸣", "电工", "城西机械厂") in _positions(text)
