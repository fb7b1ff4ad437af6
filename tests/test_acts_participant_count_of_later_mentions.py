"""Participant counts on real-page shapes, session 13 (issue 11): the count a later
mention's own clause gives before its words; the count after a mention that names no
activity, for the activity before it. One behaviour each, on sentences written
for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Qualifier, Unit


def _activity(paragraph: str, word: str):
    (found,) = [a for a in find_activities([paragraph]) if word in a.name]
    return found


def test_a_count_before_a_later_talk_in_its_own_clause_is_its_audience():
    talk = _activity(
        "开班仪式后，青石区交警大队民警罗安为在场的60余名快递骑手讲授《道路交通安全法》要点。",
        "讲授",
    )
    assert talk.participants is not None
    assert (talk.participants.count, talk.participants.unit) == (60, Unit.people)
    assert talk.participants.qualifier == Qualifier.more_than


def test_a_count_after_a_mention_that_names_no_activity_is_the_activity_befores():
    school = _activity(
        "柳岸纺织厂工会坚持每周二晚举办职工夜校，开设文化、技术课程五门，常年在校学员一百六十人。",
        "夜校",
    )
    assert school.participants is not None
    assert (school.participants.count, school.participants.unit) == (160, Unit.people)
