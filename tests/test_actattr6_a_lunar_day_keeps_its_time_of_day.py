"""A lunar day printed with a time of day (正月初八上午, 农历腊月廿三下午) is read with it, as
a Gregorian day is (10日上午): the activity it dates is published with its time of day, and
the date's words include it; 当天, 同日 and 次日 after a lunar day count from it, as after a
Gregorian one (issue 13, s47; invented sentences)."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates, resolve
from gonghui_build.vocabulary import TimeOfDay
from tests.conftest import activity_starts, printed


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


def test_that_day_and_the_next_after_a_lunar_day_are_counted_from_it():
    got = activity_starts(
        "正月初八上午，禾丰公司工会召开职工开工座谈会。当天下午，公司工会走访慰问一线职工。"
        "次日，公司工会举办劳动法律知识讲座。",
        "2025-02-10",
    )
    assert got == ["2025-02-05", "2025-02-05", "2025-02-06"]


def test_the_same_day_after_a_lunar_day_written_after_nongli():
    got = activity_starts(
        "农历腊月廿三，青禾县总工会走访慰问环卫工人。同日，县总工会女职工委员会举办插花培训班。",
        "2025-01-25",
    )
    assert got == ["2025-01-22", "2025-01-22"]
