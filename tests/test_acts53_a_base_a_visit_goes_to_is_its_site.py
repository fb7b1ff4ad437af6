"""A base a visit's verb goes to (参观某某教育基地, 参观红色教育基地) is the site of the
visit, not the head of a body name the verb stands in (s43 acts53). A guard for 全国干部
教育培训某大学基地 (a training trigger inside a base's name, s25) dropped every
参观…基地, so a union's outing of model workers or members to a patriotic, clean-
government or red education base was lost. Real pages read in s43 (a brigade union's
women's day trip to a revolutionary base, a district union's party-day visit to a clean-
government base, a county union's red tourism for model workers). Near miss: a course
held by a base named for its training keeps its reading.
Sentences written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _read(text: str) -> list[tuple[Category, str | None]]:
    return [(a.category, a.place) for a in find_activities([text])]


def test_a_visit_to_a_clean_government_base():
    text = "5月28日，桐溪区总工会组织40余名职工代表参观区廉政教育基地。"
    assert _read(text) == [(Category.visit, "区廉政教育基地")]


def test_a_visit_to_a_red_education_base():
    text = "7月1日，柳河县总工会组织职工代表参观红色教育基地，重温入党誓词。"
    assert [c for c, _ in _read(text)] == [Category.visit]


def test_a_visit_with_its_perfective_to_a_base():
    text = "5月28日，桐溪区总工会组织职工代表参观了桐溪区廉政教育基地。"
    assert _read(text) == [(Category.visit, "桐溪区廉政教育基地")]


def test_a_course_hosted_by_a_training_base_is_still_one_course():
    text = "9月，全国干部教育培训青禾大学基地承办的工会干部培训班开班。"
    found = find_activities([text])
    assert [a.category for a in found] == [Category.training]
