"""A person span the recogniser glued to a word following names (苗振华为学员讲授) ends
before that word when the organiser of a course's talk is read; a four-character name a
name's shape fits (a compound surname: 欧阳振为) is kept whole. Invented names."""

from __future__ import annotations

from gonghui_build.extract.activities.organisers import _without_glued_follower


def test_a_three_character_name_glued_to_wei_ends_before_it():
    assert _without_glued_follower("苗振华为学员讲授", 0, 4) == 3


def test_a_compound_surnames_four_character_name_is_kept_whole():
    assert _without_glued_follower("欧阳振为学员讲授", 0, 4) == 4


def test_a_span_of_three_characters_is_left_as_read():
    assert _without_glued_follower("苗振华讲授", 0, 3) == 3
