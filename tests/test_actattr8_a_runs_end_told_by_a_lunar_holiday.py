"""Ends of campaigns' runs (s49 actattr8): an end told by a lunar holiday of a year
written (专项行动将持续到2019年春节前: real_dev6's round-up of a wage-arrears drive) ends
the run in the month that holiday falls in that year. Near miss: a holiday of no year
written (持续到春节后) ends no run: which one is not certain. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _date(until: str):
    text = f"11月以来，青禾省总工会在全省开展“冬日清欠”专项行动，行动将持续到{until}。"
    return find_activities([text])[0].date


def test_a_lunar_holiday_of_a_written_year_ends_the_run_in_its_month():
    date = _date("2031年春节前")
    assert (date.end_year, date.end_month) == (2031, 1)  # 春节 2031: 23 January


def test_a_holiday_of_no_year_ends_no_run():
    assert _date("春节后").end_month is None
