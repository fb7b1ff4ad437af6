"""An enterprise's name printed once with its city's short form before it and once
without (长春某某集团工会 and, in the item's credit, 某某集团工会) names one body: the
shorter form abbreviates the fuller (ANNOTATION.md: short forms completed from context,
printed forms as aliases). A short form that is also a word of the language opens no such
place. Invented names."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviations import is_abbreviation


def test_a_name_after_its_citys_short_form_is_abbreviated_without_it():
    assert is_abbreviation("北岭热能集团工会", "长春北岭热能集团工会")


def test_a_word_that_spells_a_city_is_no_citys_short_form():
    assert not is_abbreviation("同煤矿机厂工会", "大同煤矿机厂工会")
