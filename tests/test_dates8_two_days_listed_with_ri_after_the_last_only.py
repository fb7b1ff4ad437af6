"""Two days of one month listed with 日 after the last only (4月29、30日, 5月1和2日), as
activity notices and union posts print them, date the activity from the first day to
the last, as 4月29日、30日 does, not by the last day alone. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import news_page, page_facts


def spans(body: str) -> list[tuple[str | None, str | None]]:
    page = "工会新闻\n2023年9月20日 星期三\n" + news_page(body)
    return [(a.date.start, a.date.end) for art in page_facts(page).articles for a in art.activities]


def test_two_days_with_ri_after_the_last_are_a_span():
    got = spans("4月29、30日，青禾县总工会举办职工趣味运动会。")
    assert got == [("2023-04-29", "2023-04-30")]


def test_two_days_joined_by_he_are_a_span():
    assert [(d.day, d.end_day) for d in find_dates("5月1和2日，某某")] == [(1, 2)]


def test_a_day_before_another_month_is_not_joined_to_it():
    dates = find_dates("9月29、10月1日，某某")
    assert all(d.end_day is None for d in dates)
