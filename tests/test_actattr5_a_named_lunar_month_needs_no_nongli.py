"""A lunar month named by its own name (腊月, 正月, 冬月) dates a day without 农历 before
it (腊月廿四, 正月初八), as reports of the Spring Festival visits write them (real pages,
s46: a southern 小年 on 腊月廿四): no Gregorian month is so named. A numbered month stays
Gregorian without 农历. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import activity_starts


def test_the_twelfth_lunar_month_by_name_needs_no_nongli():
    got = activity_starts("腊月廿四，青禾县总工会走访慰问环卫工人。", "2025-01-25")
    assert got == ["2025-01-23"]


def test_the_first_lunar_month_by_name_is_lunar_too():
    got = activity_starts("正月初八，禾丰公司工会举办职工开工座谈会。", "2025-02-07")
    assert got == ["2025-02-05"]


def test_a_named_month_without_a_day_is_no_date():
    assert find_dates("腊月里，厂工会为职工写春联。") == []


def test_a_numbered_month_without_nongli_stays_gregorian():
    assert [d.month for d in find_dates("十二月廿七，厂工会召开职工大会。")] == [12]


def test_the_southern_little_new_year_is_the_twenty_fourth():
    got = activity_starts("南方小年当天，青禾市总工会走访慰问快递员。", "2025-01-25")
    assert got == ["2025-01-23"]


def test_the_little_new_year_alone_stays_the_twenty_third():
    got = activity_starts("小年当天，青禾市总工会走访慰问快递员。", "2025-01-25")
    assert got == ["2025-01-22"]
