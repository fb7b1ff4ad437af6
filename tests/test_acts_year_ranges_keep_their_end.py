"""Activity dates (issue 11): a range of whole years (1982年至1987年, and 1988-1990年
with the first year's 年 left out, gazetteers' spans of a union's classes or campaigns)
runs from its first year to its last, not from its last alone or with no end.
Sentences written for these tests (invented bodies and figures)."""

from __future__ import annotations

from gonghui_build.extract.dates.article import curated_date
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.resolve import resolve


def test_a_range_of_whole_years_ends_in_its_last_year():
    [d] = find_dates("1984年至1988年，青禾县总工会举办职工文化补习班三十二期。")
    got = resolve(d, curated_date("1990-06-01"))
    assert (got.start, got.end, got.end_precision) == ("1984", "1988", "year")


def test_a_single_year_has_no_end():
    [d] = find_dates("1984年，青禾县总工会举办职工文化补习班三十二期。")
    assert resolve(d, curated_date("1990-06-01")).end is None


def test_a_range_of_years_whose_first_year_has_no_nian_opens_at_its_first_year():
    [d] = find_dates("1984-1988年，青禾县总工会在全县企业开展“节能降耗”竞赛。")
    got = resolve(d, curated_date("1990-06-01"))
    assert (got.start, got.end) == ("1984", "1988")


def test_a_code_before_a_year_opens_no_range():
    [d] = find_dates("电话0539-2023年度青禾县总工会工作要点。")
    assert (d.year, d.end_year) == (2023, None)
