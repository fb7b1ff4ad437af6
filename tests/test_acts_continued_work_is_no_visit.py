"""A visit's verb with no object after a word of going on (将持续开展慰问，确保…; 将继续…，
广泛走访慰问，…) is a line on the union's continuing work, not a visit of its own; a
visit with those visited named, or a programme under its quoted name, stays one.
Sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(paragraph: str) -> list:
    return [a for a in find_activities([paragraph]) if a.category == Category.visit]


def test_visits_carried_on_through_a_season_are_no_visit():
    assert _visits("柳湾县总工会将在元旦、春节期间持续开展慰问，确保一线职工安心过节。") == []


def test_visits_in_a_closing_line_of_further_work_are_no_visit():
    text = "下一步，北塘镇总工会将继续关心新就业群体，广泛走访慰问，及时了解职工需求。"
    assert _visits(text) == []


def test_a_planned_visit_to_counted_households_is_a_visit():
    (visit,) = _visits("春节前，柳湾县总工会还将继续走访慰问全县90户困难职工。")
    assert "90户" in visit.name


def test_a_visit_held_on_a_day_is_a_visit():
    assert _visits("1月8日，柳湾县总工会开展走访慰问，为环卫工人送去棉手套300副。")
