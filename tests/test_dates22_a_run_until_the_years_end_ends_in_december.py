"""A campaign told to last until the year's end (活动将持续到年底): its run ends in that
year's December. Read on real_dev21: a city union's service campaign in an industrial
park, opened on 10 June and said to last 到年底, was given no end. Near miss: an end of no
date (持续到活动结束) gives none. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _date(until: str):
    text = (
        "6月10日，青禾市总工会在青禾高新区开展“工会服务进园区”活动，为园区职工提供体检服务。"
        f"市总工会副主席邬明介绍，活动将持续到{until}。"
    )
    return find_activities([text])[0].date


def test_a_run_until_the_years_end_ends_in_december():
    date = _date("年底")
    assert (date.month, date.day, date.end_month) == (6, 10, 12)


def test_a_run_until_the_years_last_days_ends_in_december_too():
    assert _date("年末").end_month == 12


def test_an_end_of_no_date_gives_none():
    assert _date("园区体检全部完成").end_month is None
