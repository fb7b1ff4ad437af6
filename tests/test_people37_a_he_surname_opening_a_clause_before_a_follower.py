"""A surname that is also a word opening a clause (会上，和某平宣读…): the model reads
the given name alone, jieba reads the surname and the given name as one personal name,
and a word that follows names comes after, so the surname is the name's; 和 as 'and'
opening a clause (会上，和大家一起…) names no one. Invented names (s47, people37)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.clause_surnames import surname_opening_a_clause
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 5月8日，市总工会召开座谈会。" + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


@pytest.mark.parametrize(
    ("body", "name"),
    [("会上，和彦平宣读了表彰决定。", "和彦平"), ("会上，和丽华作了发言。", "和丽华")],
)
def test_a_he_surname_opening_a_clause_is_the_names(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize("body", ["会上，和大家一起学习。", "会后，和职工代表座谈交流。"])
def test_he_as_and_opening_a_clause_names_no_one(body):
    assert _people(body) == []


def test_a_surname_inside_a_clause_is_left_to_other_rules():
    text = "会上大家和彦平宣读了决定。"
    assert not surname_opening_a_clause(text, text.index("彦平"), text.index("彦平") + 2)
