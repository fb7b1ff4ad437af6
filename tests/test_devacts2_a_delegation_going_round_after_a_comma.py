"""A delegation whose 到 comes after a comma and an adverb of a round (某某带队，先后到A和
B，看望慰问…) visits as one whose 到 follows its leading word does (某某带队到某站，慰问…):
s43 devacts2. Only the bare 到 right after 带队 was taken, so the round was read as
nothing. The tuning page of real_dev11 (a district union's summer round). The sites
listed give no place.
Sentences written for these tests (invented units and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _read(text: str) -> list[tuple[Category, str | None]]:
    return [(a.category, a.place) for a in find_activities([text])]


def test_a_round_of_two_sites_after_a_comma_is_one_visit():
    text = (
        "6月18日，青川区总工会常务副主席潘月华带队，先后到青川建工集团项目工地和"
        "青川区东坪环卫所，看望慰问坚守一线的建筑工人和环卫工人。"
    )
    assert _read(text) == [(Category.visit, None)]


def test_the_delegations_own_dao_still_holds_its_place():
    text = "1月3日，柳河县总工会主席韦明带队到县火车站，慰问值守职工。"
    assert _read(text) == [(Category.visit, "县火车站")]
