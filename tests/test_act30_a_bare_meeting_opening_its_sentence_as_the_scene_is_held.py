"""Activities, act30: a meeting named by its kind alone that opens its sentence as the
scene of what follows (座谈会上，某某作了发言), in an article that has not reported one
before (a delegation's visit, then the talk held with it), is a meeting held; one the
article reported before (召开座谈会。座谈会上，…) is that one, and a bare word of a
meeting that needs a name (会议上，…) stays none. Sentences written for these tests
(invented unions and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

VISIT = "5月8日，省总工会副主席林青一行到青山市调研。"


def test_a_bare_meeting_opening_its_sentence_as_the_scene_is_held() -> None:
    found = find_activities([VISIT, "座谈会上，市总工会副主席王川作了发言。"])
    assert [d.category for d in found] == [Category.visit, Category.meeting]


def test_the_meeting_reported_before_is_not_read_twice() -> None:
    found = find_activities(["5月8日，市总工会召开座谈会。座谈会上，王川作了发言。"])
    assert [d.category for d in found] == [Category.meeting]


def test_a_meeting_word_that_needs_a_name_stays_none() -> None:
    found = find_activities([VISIT, "会议上，市总工会副主席王川作了发言。"])
    assert [d.category for d in found] == [Category.visit]


def test_a_ceremony_opening_its_sentence_is_no_meeting_of_its_own() -> None:
    found = find_activities(
        ["5月8日，青山市职工运动会在市体育中心举行。", "闭幕式上，王川为获奖选手颁奖。"]
    )
    assert [d.category for d in found] == [Category.competition]
