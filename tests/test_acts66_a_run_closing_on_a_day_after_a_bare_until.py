"""A campaign told ``自1月15日启动，至2月8日结束`` runs to the day its later clause closes
it on: a bare 至 with a date and a closing verb after it opens no clause of going
somewhere. A bare 到 before a place (``到县总工会``) still gives no end. Invented
sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _dates(text: str):
    return [
        (d.name, d.date.month, d.date.day, d.date.end_month, d.date.end_day)
        for d in find_activities([text], frozenset())
    ]


def test_a_campaign_closing_on_a_day_after_a_bare_until_runs_to_that_day():
    [(_name, month, day, end_month, end_day)] = _dates(
        "据悉，今年“冬日暖心”送温暖活动自12月20日启动，至1月31日结束，区总工会共慰问职工3200人次。"
    )
    assert (month, day, end_month, end_day) == (12, 20, 1, 31)


def test_a_bare_until_before_a_place_gives_no_end():
    found = _dates("12月20日，区总工会启动“冬日暖心”送温暖活动，到环卫所慰问一线职工。")
    assert all(end_month is None and end_day is None for *_, end_month, end_day in found)
