"""Dates (s40 acts43): an activity held on two or more days of one month, the later days
given after 和 or 、 (4月24日和28日, 3月5日、12日), starts on the first day and ends on the
last, as tests/fixtures/ANNOTATION.md has a range; it had been dated by the last day
alone. Near misses: a second day with a month of its own (3月5日和4月2日) is a date of its
own; a range's end (12日至14日) reads as before; a bare day without a month is not joined.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def _read(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(d.text, d.month, d.day, d.end_day) for d in find_dates(text)]


def test_two_days_of_one_month_make_a_span():
    assert _read("4月24日和28日，市总工会在城东举办职工招聘会。") == [("4月24日和28日", 4, 24, 28)]


def test_three_days_of_one_month_end_on_the_last():
    assert _read("3月5日、12日、19日，公司工会举办了三场讲座。") == [
        ("3月5日、12日、19日", 3, 5, 19)
    ]


def test_a_second_day_with_its_own_month_is_a_date_of_its_own():
    assert _read("3月5日和4月2日，公司工会两次走访。") == [
        ("3月5日", 3, 5, None),
        ("4月2日", 4, 2, None),
    ]


def test_a_range_of_days_reads_as_before():
    assert _read("11月12日至14日，县总工会举办培训班。") == [("11月12日至14日", 11, 12, 14)]


def test_bare_days_are_not_joined():
    assert [t for t, *_ in _read("8日和9日，县总工会举办培训班。")] == ["8日", "9日"]
