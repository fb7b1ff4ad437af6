"""A round of visits under a name of its own (“某某”系列慰问走访活动, “某某”慰问活动) keeps
its name: real pages (s23, a district union's news and a city union's paper) and the
tuning gold name such rounds; visits told by their verb (走访慰问了…) stay unnamed.
Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(text: str):
    return [d for d in find_activities([text]) if d.category == Category.visit]


def test_a_quoted_round_of_visits_keeps_its_name():
    found = _visits("1月12日，青溪区总工会开展“暖冬青溪”走访慰问困难职工活动。")
    assert [(d.name, d.titled) for d in found] == [("“暖冬青溪”走访慰问困难职工活动", True)]


def test_visits_told_by_their_verb_stay_unnamed():
    found = _visits("1月12日，青溪区总工会走访慰问了辖区内的困难职工。")
    assert found and not any(d.titled for d in found)


def test_a_plain_round_of_visits_without_a_name_of_its_own_stays_unnamed():
    found = _visits("1月12日，青溪区总工会开展慰问困难职工活动。")
    assert found and not any(d.titled for d in found)
