"""A day written with the old numerals of twenty and thirty (三月廿二日, 卅日上午, 廿五日至
卅日), as chronicles and older pages print them, is that day: not the 二日 or 五日 that
the numeral before 日 alone would read. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import news_page, page_facts


def days(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.month, d.day, d.end_day) for d in find_dates(text)]


def test_nian_and_a_unit_is_a_day_in_the_twenties():
    assert days("三月廿二日，某县总工会召开全委会。") == [(3, 22, None)]


def test_sa_alone_and_sa_yi_are_the_thirtieth_and_thirty_first():
    assert days("卅日上午，某某") == [(None, 30, None)]
    assert days("十二月卅一日，某某") == [(12, 31, None)]


def test_a_range_of_old_numeral_days_is_one_span():
    assert days("廿五日至卅日，某某") == [(None, 25, 30)]
    assert days("三月廿日、廿一日和廿五日，某某") == [(3, 20, 25)]


def test_an_old_numeral_day_dates_its_activity():
    page = "工会新闻\n2023年9月28日 星期四\n" + news_page(
        "九月廿六日，青禾县总工会举办职工趣味运动会。"
    )
    got = [a.date.start for art in page_facts(page).articles for a in art.activities]
    assert got == ["2023-09-26"]
