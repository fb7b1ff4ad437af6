"""An old page's OCR prints a date's digits apart (1 9 8 6年3月1 5日: the layout keeps the
blank between two digits): they are still the year, month and day they spell; digits
apart before no 年, 月 or 日 are none. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def parts(text: str) -> list[tuple]:
    return [(d.text, d.year, d.month, d.day, d.end_day) for d in find_dates(text)]


def test_a_date_printed_digit_by_digit_is_read_whole():
    assert parts("1 9 8 6年3月1 5日，青禾县总工会召开全委会议。") == [
        ("1 9 8 6年3月1 5日", 1986, 3, 15, None)
    ]


def test_a_range_of_days_printed_apart_ends_on_its_day():
    assert parts("1 9 8 6年3月5日至1 2日，县总工会举办学习班。") == [
        ("1 9 8 6年3月5日至1 2日", 1986, 3, 5, 12)
    ]


def test_a_month_of_two_digits_printed_apart():
    assert parts("1986年1 2月，县总工会举办职工歌咏比赛。") == [
        ("1986年1 2月", 1986, 12, None, None)
    ]


def test_digits_apart_before_no_date_word_are_no_date():
    assert parts("全县共有1 2人参加，编号3 5号。") == []
    assert parts("会场设座位1 9 8 6个。") == []
