"""Speaker lines, captions and roster lines that print the post first and the name apart
at the end, where the given name is a frequent word (长江, 胜利): the space before the name
and the post before the space bound it. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import post_first_line
from gonghui_build.extract.people.rules import caption_person


def test_a_speaker_line_closing_on_a_name_that_is_a_word_after_an_occupation_is_read():
    found = post_first_line("青禾建工集团体育场项目部电焊工 柯长江")
    assert found is not None
    assert (found.name, found.post) == ("柯长江", "电焊工")


def test_a_caption_closing_on_a_name_that_is_a_word_after_a_title_is_read():
    hit = caption_person("青禾区总工会副主席 骆胜利")
    assert hit is not None
    assert hit.name == "骆胜利"
    assert [(c.title, c.org_written) for c in hit.claims] == [("副主席", "青禾区总工会")]


def test_a_line_of_a_body_alone_and_a_word_after_it_names_no_one():
    assert post_first_line("青禾建工集团有限公司 柯长江") is None


def test_a_word_after_a_title_whose_first_character_is_a_word_names_no_one():
    assert caption_person("青禾区总工会副主席 和平") is None
    assert caption_person("青禾区总工会副主席 于发展") is None
