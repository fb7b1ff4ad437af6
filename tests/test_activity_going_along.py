"""Activities (issue 11): a sentence that only says who went along on the activity just
read (某某一行随队慰问。 某某带队参观。), its visit verb bare at the clause's end, is no
visit of its own, whatever the activity before it; a visit verb with an object after a
verb of going along is still a visit. Sentences written for these tests (invented names
and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def test_a_delegation_going_along_on_a_tour_of_shows_is_no_visit():
    out = found(
        "6月3日至5日，省总工会“文化进山乡”小分队走进青禾县的林场，为护林职工送去三场"
        "文艺演出。省总工会副主席柏云舟一行随队慰问。"
    )
    assert Category.visit not in [a.category for a in out]
    assert len(out) == 1


def test_the_leader_of_a_visit_told_in_the_paragraph_before_is_no_second_visit():
    out = found(
        "日前，青禾街道总工会组织二十余名劳模，参观了青禾水厂扩建工地。",
        "街道总工会主席闻溪带队参观。",
    )
    assert [a.category for a in out] == [Category.visit]


def test_a_visit_verb_with_its_object_after_going_along_is_still_a_visit():
    out = found(
        "6月3日，省总工会“文化进山乡”小分队走进青禾县林场演出。"
        "省总工会副主席柏云舟带队慰问了坚守林场的二十名护林员。"
    )
    assert Category.visit in [a.category for a in out]
