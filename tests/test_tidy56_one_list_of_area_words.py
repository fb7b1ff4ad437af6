"""The words for a kind of area (地区, 园区) are one list, ``org_suffixes.yaml``
``generic_bodies``' areas: alone a kind of body (各园区总工会), after the article printed
an area's body in full its short form (园区总工会 after 某某工业园区总工会), and, when it
is a park word too (园区), a park's short form (园区管委会 after 某某物流园工会). Three
lists held them before (generic_bodies, area_bodies, park_short_forms)."""

from __future__ import annotations

import pytest

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.names import area_bodies, words
from gonghui_build.extract.organisations.park_short_forms import park_of_short_form
from gonghui_build.extract.organisations.shortforms import referred_generic_forms

_FILE = "org_suffixes.yaml"


def test_the_area_words_are_generic_bodies_areas() -> None:
    areas = set(lexicon.table(_FILE, "generic_bodies")["areas"])
    assert areas == {"地区", "园区"} == set(area_bodies())
    assert all(w in words("generic_bodies") for w in areas)


@pytest.mark.parametrize("section", ["area_bodies", "park_short_forms"])
def test_no_other_list_holds_them(section: str) -> None:
    with pytest.raises(KeyError):
        lexicon.load(_FILE).section(section)


@pytest.mark.parametrize("area", ["地区", "园区"])
def test_every_area_word_is_a_short_form_after_its_body(area: str) -> None:
    text = f"{area}总工会召开会议。"
    found = referred_generic_forms(text, 100, [], [(0, f"青湾{area}总工会")])
    assert [s.written for s in found] == [f"{area}总工会"]


def test_an_area_word_that_is_a_park_word_is_a_parks_short_form() -> None:
    context = ArticleContext(orgs=((3, "青湾物流园工会"),))
    assert park_of_short_form("园区管委会", 20, context) == "青湾物流园管委会"
    assert park_of_short_form("地区管委会", 20, context) is None
