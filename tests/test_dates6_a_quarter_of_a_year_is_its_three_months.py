"""A quarter of a year (第三季度, 今年一季度, 前三季度) is its months, read as the halves
are (上半年: January to June): a city union's report of its quarter's labour contest.
Invented sentences."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def span(text: str, published: str = "2023-10-16") -> tuple:
    [d] = find_dates(text)
    got = resolve(d, printed(published))
    return d.text, got.start, got.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第三季度，青禾市总工会组织开展职工劳动竞赛。", ("第三季度", "2023-07", "2023-09")),
        ("今年一季度，市总工会举办培训班12期。", ("今年一季度", "2023-01", "2023-03")),
        ("2022年第四季度，市总工会走访企业40家。", ("2022年第四季度", "2022-10", "2022-12")),
        ("前三季度，全市新建工会组织86家。", ("前三季度", "2023-01", "2023-09")),
    ],
)
def test_a_quarter_runs_over_its_months(text, expected):
    assert span(text) == expected


def test_a_half_year_is_still_its_six_months():
    assert span("今年上半年，市总工会举办培训班12期。") == ("今年上半年", "2023-01", "2023-06")


def test_a_season_is_no_quarter():
    assert [d.text for d in find_dates("每个季度开展一次检查。")] == []
