"""Three or more days of one month listed with 日 after the last only (1月1、2、3日,
6月5、6日、8日), as match schedules and notices print them, date the activity from the
first day to the last, as two days so listed do (4月29、30日). Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def spans(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.month, d.day, d.end_day) for d in find_dates(text)]


def test_three_days_with_ri_after_the_last_are_one_span():
    assert spans("1月1、2、3日，某某杯职工篮球赛在县体育馆举行。") == [(1, 1, 3)]


def test_days_with_and_without_ri_mixed_are_one_span():
    assert spans("6月5、6日、8日，某某") == [(6, 5, 8)]


def test_a_list_that_ends_without_ri_is_no_span():
    assert spans("3月5、6、7名选手") == [(3, None, None)]
