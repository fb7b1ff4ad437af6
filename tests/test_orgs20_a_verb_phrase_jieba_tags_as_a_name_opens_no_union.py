"""努力实现/nr: jieba's dictionary tags some verb phrases as personal names, and the walk
took 努力实现 as a brand, reading 努力实现工会 from 努力实现工会工作高质量发展. A word
tagged as a name of four characters or more, with no surname and given name, that ends in
a verb is the sentence's verb. Seen on real pages of a union's plans (s38, orgs20). Text
and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.walk_stops import misread_verb_phrase
from gonghui_build.text.tokenizer import Token


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_verb_phrase_before_union_work_is_no_union():
    assert _names("各级工会要努力实现工会工作高质量发展。") == []


def test_a_verb_phrase_before_union_organisation_is_no_union():
    assert _names("我们将努力实现工会组织全覆盖。") == []


def test_the_verb_phrase_is_read_as_a_verb():
    assert misread_verb_phrase(Token("努力实现", "nr", 0, 4))


def test_a_persons_full_name_is_no_verb_phrase():
    assert not misread_verb_phrase(Token("王建国", "nr", 0, 3))


def test_a_four_character_name_with_a_compound_surname_is_no_verb_phrase():
    assert not misread_verb_phrase(Token("欧阳建设", "nr", 0, 4))


def test_a_brand_after_its_place_still_opens_a_union():
    assert "石门中心小学工会" in _names("石门中心小学工会组织教师参观。")
