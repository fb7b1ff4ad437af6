"""A day of the lunar calendar is written one way for the whole build
(:mod:`gonghui_build.text.lunar_days`): a chronicle's line opening with one is an entry
(the layout), and the date reader finds the same words a lunar day. Two copies of the
grammar had drifted apart (卅 read by one and not the other)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates.lunar_written import lunar_dates
from gonghui_build.layout.chronicles import BLANK_DATE_RE

DAYS = ["农历腊月二十三", "腊月廿四", "正月初八", "农历八月十五", "农历十二月卅", "冬月初十"]


@pytest.mark.parametrize("day", DAYS)
def test_a_lunar_day_opening_a_chronicle_line_is_an_entrys_date(day: str) -> None:
    assert BLANK_DATE_RE.match(f"{day}  县总工会走访慰问困难职工。")


@pytest.mark.parametrize("day", DAYS)
def test_the_date_reader_reads_the_same_words_as_a_lunar_day(day: str) -> None:
    found = lunar_dates(f"{day}，县总工会走访慰问困难职工。")
    assert [d.text for d in found] == [day]
    assert found[0].lunar is not None


def test_a_month_by_number_without_its_mark_is_no_lunar_day() -> None:
    assert lunar_dates("八月十五，县总工会举办职工联欢会。") == []
