"""A name that is also a county's name or a direction (江山/ns, 向前/t), right after the
post of a named body and before a leader's act (出席, 主持, 带队: ``people.yaml``
person_acts): no place or time word does those, so it is a person. A division before
another word (书记武汉调研) stays a place. Lead of union pages' meeting and visit
reports (s45, people33); invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def test_a_county_name_after_a_post_before_attending_is_a_person():
    assert _people("朝阳区总工会副主席江山出席并讲话。") == ["江山"]


def test_a_direction_after_a_post_before_leading_a_visit_is_a_person():
    assert _people("红星公司工会主席向前带队慰问一线职工。") == ["向前"]


def test_a_division_before_a_visit_verb_stays_a_place():
    assert _people("区委书记武汉调研。") == []
