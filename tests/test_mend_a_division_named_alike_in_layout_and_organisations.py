"""One definition of a division named by its full name or short form
(:func:`gonghui_build.text.places.names_division`): the layout's place names (a
roundup's sub-heading, no speaker) and the organisation rules' divisions (a name's
opening) read the same words as places."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.layout.shapes import is_place_name
from gonghui_build.text.places import names_division


@pytest.mark.parametrize("word", ["徐州市", "徐州", "南靖", "西安"])
def test_a_division_by_its_full_name_or_short_form_is_a_place_to_both(word):
    assert names_division(word) and is_division(word) and is_place_name(word)


@pytest.mark.parametrize("word", ["大同", "韩晓峰"])
def test_a_word_of_the_language_or_a_name_is_no_division(word):
    assert not names_division(word) and not is_division(word) and not is_place_name(word)


def test_only_the_layout_reads_a_name_ending_as_a_places_does():
    assert is_place_name("某某镇") and not is_division("某某镇")
