"""Places named after a family (a surname, 家 and one character) printed before the mine,
village or town they name: no person; names with 家 in them stay names. Invented names,
places and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.family_places import names_a_family_place
from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_family_place_before_a_mine_is_no_person():
    body = "青禾矿务局工会主席付明远日前带领工会干部深入陈家峁矿井下，慰问一线职工。"
    assert _people(body) == {"付明远"}


def test_a_family_place_before_a_village_or_town_is_no_person():
    assert names_a_family_place("工会干部来到苗家坪村走访", 6, 9)
    assert names_a_family_place("慰问组来到祁家河煤矿", 5, 8)


def test_a_name_with_jia_and_no_unit_after_it_stays_a_name():
    assert not names_a_family_place("工会主席苗家豪到村里走访", 4, 7)


def test_a_name_with_jia_before_a_units_head_stays_a_name():
    assert not names_a_family_place("苗家豪村长带领村民修路", 0, 3)
    assert not names_a_family_place("苗家豪矿长说", 0, 3)
