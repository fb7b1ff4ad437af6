"""A day written after 农历 (农历腊月廿三, 农历八月十五日) is of the lunar calendar: its
Gregorian day comes from lunar-python, and 十二月 inside 农历十二月廿七 is no December. A
leap month's day (闰四月初十) is left undated. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import activity_starts


def test_a_day_of_the_twelfth_lunar_month_is_its_gregorian_day():
    got = activity_starts("农历腊月廿三，青禾县总工会走访慰问困难职工。", "2025-01-24")
    assert got == ["2025-01-22"]


def test_a_lunar_month_by_number_is_no_gregorian_month():
    got = activity_starts("农历八月十五日，厂工会举办职工中秋联欢会。", "2024-09-18")
    assert got == ["2024-09-17"]
    assert [d.month for d in find_dates("农历癸卯年十二月廿七")] == [None]


def test_a_leap_months_day_is_left_undated():
    assert [d.lunar for d in find_dates("农历闰四月初十，厂工会举办职工联欢会。")] == [None]
