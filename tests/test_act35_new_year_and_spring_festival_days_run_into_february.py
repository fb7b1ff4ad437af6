"""The days around New Year's Day and the Spring Festival named together (元旦春节期间)
run from January to February even in a year whose Spring Festival falls in January: its
festivities run on to 元宵 (正月十五), as the tuning gold and ANNOTATION.md date them. The
Spring Festival's days named alone (春节期间) keep its month. Pages written for these tests
(invented units and names)."""

from __future__ import annotations

import datetime as dt

from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.resolve import resolve
from gonghui_build.extract.facts import ArticleDate
from gonghui_build.vocabulary import ArticleDateBasis, Precision
from tests.built import built_activities


def _article(year: int) -> ArticleDate:
    return ArticleDate(
        dt.date(year, 3, 10).isoformat(),
        Precision.day,
        ArticleDateBasis.printed_date,
        None,
        year,
        3,
        10,
    )


def _span(text: str, year: int) -> tuple[str | None, str | None]:
    found = resolve(next(iter(find_dates(text))), _article(year))
    return found.start, found.end


def test_the_two_holidays_days_run_into_february_when_the_spring_festival_is_in_january():
    # 2023: 春节 on 22 January, 元宵 on 5 February
    assert _span("元旦春节期间", 2023) == ("2023-01", "2023-02")
    assert _span("元旦、春节期间", 2023) == ("2023-01", "2023-02")


def test_a_spring_festival_in_february_still_gives_january_to_february():
    assert _span("元旦春节期间", 2024) == ("2024-01", "2024-02")


def test_the_spring_festivals_days_named_alone_keep_its_month():
    assert _span("春节期间", 2023) == ("2023-01", None)


def test_a_yearbooks_campaign_over_both_holidays_is_dated_january_to_february(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾市总工会\n\n"
        "【送温暖】2023年元旦春节期间，市总工会开展送温暖活动，筹集资金三百万元，"
        "走访慰问困难职工四千余人次。\n",
    )
    found = [(r["start_date"], r["end_date"]) for r in rows if r["name"] == "送温暖活动"]
    assert found == [("2023-01", "2023-02")]
