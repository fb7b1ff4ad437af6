"""Advice given on the spot (为职工提供现场咨询) is a service of its own, as 法律咨询 and
健康咨询 given so are (s43 devacts2): a law day's or a job fair's stall gives it on the
day (a lead of earlier readers of real pages: law-publicity days). A habit
(积极为职工提供现场咨询) stays no event.
Sentences written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_advice_given_at_a_square_gone_to():
    text = "12月4日，县总工会组织律师来到春雨广场，为职工提供现场咨询。"
    found = find_activities([text])
    assert [(a.category, a.name, a.place) for a in found] == [
        (Category.other, "现场咨询", "春雨广场")
    ]


def test_advice_given_as_a_habit_is_no_event():
    assert find_activities(["工会积极为职工提供现场咨询。"]) == []
