"""An item of a digest dated only 近日 (近日，某市总工会组织…) is of the month every dated
item of its page reports (1月7日…, 1月8日…: January), as the annotation guide dates 近日
by the article's month when it is known; items of two months leave it the year. Texts
written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.page import date_articles
from gonghui_build.extract.dates.resolve import resolve

RECENT = "近日，槐阳市总工会组织40名职工子女走进市科技馆，开展寒假研学活动。"


def _recent_date(items: list[str]) -> str | None:
    dates = date_articles([*items, RECENT])
    recent = next(d for d in find_dates(RECENT) if d.relative)
    return resolve(recent, dates[-1]).start


def test_a_recent_item_under_one_months_items_takes_that_month():
    items = [
        "1月7日，柳湾县总工会在县职工活动中心举办职工象棋赛，64名选手参赛。",
        "1月8日，青岭区总工会召开2024年度基层工会主席述职会，12名主席述职。",
    ]
    assert _recent_date(items) == "2025-01"


def test_a_recent_item_under_items_of_two_months_keeps_the_year():
    items = [
        "2025年1月28日，柳湾县总工会举办职工象棋赛，64名选手参赛。",
        "2025年2月8日，青岭区总工会为环卫工人送去姜茶。",
    ]
    dates = date_articles([*items, RECENT])
    assert dates[-1].year == 2025
    assert _recent_date(items) == "2025"


def test_the_dated_items_keep_their_own_days():
    items = ["1月7日，柳湾县总工会举办2024年职工象棋赛，64名选手参赛。"]
    dates = date_articles([*items, RECENT])
    day = find_dates(items[0])[0]
    assert resolve(day, dates[0]).start == "2024-01-07"
    assert _recent_date(items) == "2024-01"
