"""A street whose name jieba reads as a verb (劝业|街道党工委) printed as an item of a list
of bodies (after 、) or at a sentence's start: the walk stopped at the verb and left a
bare 街道党工委. A verb jieba's dictionary has rarely seen, opening the item right before
the street's level word, is the street's name; a common verb (走访) is the sentence's.
Seen on real pages of district unions and street Party committees (Shanghai, Tianjin;
session 35, orgs14). Text and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_street_read_as_a_verb_in_a_list_keeps_its_name():
    found = _names("区总工会、劝业街道党工委、新兴街道党工委联合开展送清凉活动。")
    assert found == ["区总工会", "劝业街道党工委", "新兴街道党工委"]


def test_a_street_read_as_a_verb_at_a_sentences_start_keeps_its_name():
    assert _names("劝业街道党工委召开专题会议。") == ["劝业街道党工委"]


def test_a_common_verb_before_a_street_stays_the_sentences():
    found = _names("慰问一线职工，走访街道党工委和社区。")
    assert not any(name.startswith("走访") for name in found)
