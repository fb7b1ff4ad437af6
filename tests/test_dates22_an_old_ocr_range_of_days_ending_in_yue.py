"""An old page's OCR prints 曰 for 日 after a day (三月十六曰); a range of days so printed
(四月二十五曰至二十七曰) ends on its last day. Read on real_dev21's 1984 page: the first day
was read, the range's end lost. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates.expressions import find_dates


def test_a_range_of_days_printed_with_yue_ends_on_its_last_day():
    (d,) = find_dates("于四月二十五曰至二十七曰联合举办青工技术比赛")
    assert (d.month, d.day, d.end_month, d.end_day) == (4, 25, 4, 27)


def test_a_range_printed_with_ri_still_ends_on_its_last_day():
    (d,) = find_dates("5月3日至5日")
    assert (d.day, d.end_day) == (3, 5)
