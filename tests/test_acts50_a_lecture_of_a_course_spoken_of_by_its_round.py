"""Activities (s42 acts50): a lecture in a sentence that speaks of the course by its
round (本期培训邀请某大学教授作《…》专题讲座), a paragraph after the course was read, is
part of that course, as one after 本次培训 was; it had been left with no parent. Real
pages of s42 (district and county unions' cadre courses). Near miss: a lecture after
an unrelated paragraph with no word of the course stays alone.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_COURSE = "日前，青禾区总工会举办2026年度工会工作培训班。"
_BETWEEN = "区总工会主席张某出席开班式并讲话。"


def _parents(texts: list[str]) -> list[tuple[str, int | None]]:
    return [(a.category.value, a.parent) for a in find_activities(texts)]


def test_a_lecture_of_benqi_peixun_is_the_courses():
    texts = [_COURSE, _BETWEEN, "本期培训邀请某大学教授王某作《工会法》专题讲座。"]
    assert _parents(texts) == [("training", None), ("lecture", 0)]


def test_a_lecture_of_benqi_peixunban_is_the_courses():
    texts = [_COURSE, _BETWEEN, "本期培训班邀请某大学教授王某作《工会法》专题讲座。"]
    assert _parents(texts) == [("training", None), ("lecture", 0)]


def test_a_lecture_of_a_later_meeting_stays_its_own():
    texts = [
        _COURSE,
        "10月9日，区总工会召开女职工工作座谈会。",
        "会议邀请某大学教授王某作《女职工权益保护》专题讲座。",
    ]
    assert _parents(texts)[0] == ("training", None)
    assert ("lecture", 0) not in _parents(texts)
