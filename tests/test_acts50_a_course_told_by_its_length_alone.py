"""Activities (s42 acts50): a course told only by its length (组织30名基层工会主席参加为期
五天的培训), with no course named before it, is a course of its own: 培训 alone names
none, and it was missed. Real pages of s42 (a district's and a county's union-cadre
courses). Near misses: after a course already read, the same words are that course
again; a length with no verb acting on the course (为期五天的培训结束后) is no event.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_course_told_by_its_length_is_a_course():
    acts = find_activities(["青禾市总工会组织30名基层工会主席参加为期五天的培训。"])
    assert [(a.category, a.status, a.duration_days) for a in acts] == [
        (Category.training, Status.held, 5.0)
    ]


def test_a_planned_one_is_planned():
    acts = find_activities(["下一步，柳岸市总工会将组织工会干部参加为期五天的培训。"])
    assert [(a.category, a.status) for a in acts] == [(Category.training, Status.planned)]


def test_after_a_course_it_is_that_course_again():
    acts = find_activities(["7月3日，溪口区总工会举办工会干部培训班。50名学员参加为期三天的培训。"])
    assert [(a.name, a.duration_days) for a in acts] == [("工会干部培训班", 3.0)]


def test_a_length_with_no_verb_acting_on_the_course_is_none():
    assert find_activities(["为期五天的培训结束后，学员们纷纷表示收获很大。"]) == []
