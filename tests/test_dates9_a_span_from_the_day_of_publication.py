"""A span opened by a word for the day of publication (即日起至6月30日, 即日起到明年2月底),
as notices and campaign launches print it, runs from the article's day to the date after
至 or 到: one expression, not a 6月30日 read as a day gone by. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import news_page, page_facts


def test_from_today_until_a_day_is_one_expression():
    found = find_dates("即日起至6月30日，某某")
    assert [(d.text, d.relative, d.end_month, d.end_day) for d in found] == [
        ("即日起至6月30日", "即日", 6, 30)
    ]


def test_the_span_runs_from_the_day_of_publication():
    page = "工会新闻\n2023年3月1日 星期三\n" + news_page(
        "青禾县总工会即日起至6月30日开展“职工读书月”活动。"
    )
    got = [(a.date.start, a.date.end) for art in page_facts(page).articles for a in art.activities]
    assert got == [("2023-03-01", "2023-06-30")]


def test_an_end_in_the_next_year_keeps_its_relative_year():
    (d,) = find_dates("即日起到明年2月底，某某")
    assert (d.end_relative_year, d.end_month) == (1, 2)
