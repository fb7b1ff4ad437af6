"""A delegation that goes to a site to talk there is a visit at that site (s41 acts46):
某某一行莅临市职工服务中心座谈交流, as city unions' host notes and national work groups'
news tell delegations' visits (real pages read in s41). The site a group goes to closed
only at a clause's end or a verb of visiting (调研, 参观), so a talk right after it made
no visit at all. Near misses: the visit told with a verb of visiting stays as before,
and a talk with named hosts after a visit (并与…座谈) is still read as before.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(*paragraphs: str) -> list[tuple[Category, str | None]]:
    return [(a.category, a.place) for a in find_activities(list(paragraphs))]


def test_a_delegation_gone_to_a_centre_to_talk_is_a_visit_there():
    text = "9月3日，省总工会副主席张立新一行莅临市职工服务中心座谈交流。"
    assert _rows(text) == [(Category.visit, "市职工服务中心")]


def test_a_delegation_gone_to_a_works_for_a_talk_is_a_visit_there():
    text = "5月9日，市总工会调研组一行来到市公交集团第三分公司交流座谈。"
    assert [r[0] for r in _rows(text)] == [Category.visit]


def test_a_delegation_gone_to_a_centre_to_survey_is_a_visit_there():
    text = "9月3日，省总工会副主席张立新一行莅临市职工服务中心调研指导。"
    assert _rows(text) == [(Category.visit, "市职工服务中心")]


def test_a_talk_with_named_hosts_after_a_visit_stays_a_meeting_of_its_own():
    text = "7月8日，省总工会调研组一行深入某产业园职工服务中心，并与园区工会负责同志座谈。"
    found = find_activities([text])
    assert [a.category for a in found] == [Category.visit, Category.meeting]


def test_a_talk_in_the_next_clause_leaves_one_visit_at_the_site():
    text = "7月8日，省总工会调研组一行来到县职工服务中心，与职工代表座谈交流。"
    assert _rows(text) == [(Category.visit, "县职工服务中心")]
