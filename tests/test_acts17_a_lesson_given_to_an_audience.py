"""Activities, s33 (issue 11): a lesson given to an audience with no activity noun is
one session (a lecture): told by its measure word and 课 (律师为建筑工人上了一堂…知识课)
or by an invited speaker and 授课 (邀请律师为外卖骑手授课). Talk about teaching, with
no audience or no subject of the lesson (上好每一堂课, 给孩子上一堂课), stays none.
Sentences written for these tests (invented unions, people and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

LESSONS = {
    "a_lesson_told_by_its_measure_word_is_a_lecture": (
        "5月6日，青禾区总工会法律顾问苏蔓律师为建筑工人上了一堂劳动合同法律知识课。",
        "劳动合同法律知识课",
    ),
    "a_lesson_of_one_period_to_riders_is_a_lecture": (
        "7月12日，松岭街道工会请来急救医师为快递员讲授一节应急救护课，四十人参加。",
        "应急救护课",
    ),
    "an_invited_lawyer_teaching_an_audience_is_a_lecture": (
        "6月3日，青禾县总工会邀请律师为外卖骑手授课，三十余人参加。",
        "授课",
    ),
}


@pytest.mark.parametrize("sentence,name_end", LESSONS.values(), ids=LESSONS.keys())
def test_a_lesson_given_to_an_audience_is_one_lecture(sentence: str, name_end: str) -> None:
    found = find_activities([sentence])
    lectures = [d for d in found if d.category == Category.lecture]
    assert len(lectures) == 1
    assert lectures[0].name.endswith(name_end)


NOT_LESSONS = {
    "teaching_every_lesson_well_is_no_lecture": "老师们要上好每一堂课，把知识讲透。",
    "a_lesson_with_no_subject_is_no_lecture": "他说，给孩子上一堂课并不容易。",
}

#: A lesson told after an event named in its own sentence: a session of that event.
AT_AN_EVENT = (
    "8月2日，青禾区总工会在松岭工地开展送法进工地活动，律师苏蔓现场为农民工上了一堂工资支付维权课。"
)
#: A lesson planned at a planned event: a planned lecture of its own.
PLANNED = "下个月，青禾市总工会将举办技能传承现场会，劳模韩叙要给青年焊工上一堂示范课。"


def test_a_lesson_at_an_event_told_before_is_no_new_lecture() -> None:
    found = find_activities([AT_AN_EVENT])
    assert [d.category for d in found if d.category == Category.lecture] == []


def test_a_lesson_planned_at_a_planned_event_is_a_lecture() -> None:
    lectures = [d for d in find_activities([PLANNED]) if d.category == Category.lecture]
    assert len(lectures) == 1 and lectures[0].name.endswith("示范课")


@pytest.mark.parametrize("sentence", NOT_LESSONS.values(), ids=NOT_LESSONS.keys())
def test_talk_about_teaching_is_no_lecture(sentence: str) -> None:
    assert find_activities([sentence]) == []
