"""A brand jieba does not know and coins as a verb (振新/v) right after a bare level word
(县, 区, 市) that opens a list's item or a sentence is the brand of the level's body
(县振新学校工会): the walk stopped at the verb and read the kind alone (学校工会). A common
verb of the sentence after the level word stays the sentence's (赴市|参加|总工会…).
Seen on a real page of a county union's survey of its units' unions (s38, orgs19). Text
and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_coined_brand_after_a_county_in_a_list():
    written = _written("调研组先后前往县振新学校工会、县直播基地工会等单位。")
    assert "县振新学校工会" in written
    assert "学校工会" not in written


def test_a_coined_brand_after_a_county_opening_the_sentence():
    assert "县振新学校工会" in _written("县振新学校工会组织职工参加比赛。")


def test_a_common_verb_after_a_city_stays_the_sentences():
    assert not any(w.startswith("市参加") for w in _written("赴市参加总工会举办的培训。"))
