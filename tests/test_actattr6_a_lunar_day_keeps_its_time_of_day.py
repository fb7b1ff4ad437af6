"""A lunar day printed with a time of day (正月初八上午, 农历腊月廿三下午) is read with it, as
a Gregorian day is (10日上午): the activity it dates is published with its time of day, and
the date's words include it (issue 13, s47; invented sentences)."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates, resolve
from gonghui_build.vocabulary import TimeOfDay
from tests.conftest import printed


def test_a_lunar_day_named_by_its_month_keeps_the_morning():
    (found,) = find_dates("正月初八上午，禾丰公司工会举办职工开工座谈会。")
    assert (found.text, found.part, found.lunar) == ("正月初八上午", "上午", (1, 8, 0))


def test_a_lunar_day_after_nongli_keeps_the_afternoon():
    (found,) = find_dates("农历腊月廿三下午，青禾县总工会走访慰问环卫工人。")
    when = resolve(found, printed("2025-01-25"))
    assert (when.start, when.time_of_day) == ("2025-01-22", TimeOfDay.afternoon)


def test_a_lunar_day_without_a_time_has_none():
    (found,) = find_dates("腊月廿四，青禾县总工会走访慰问快递员。")
    assert (found.text, found.part) == ("腊月廿四", None)
