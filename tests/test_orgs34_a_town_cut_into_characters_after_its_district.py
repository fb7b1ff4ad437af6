"""A town whose name jieba cuts into single characters (a rare character read as a
morpheme, a compass point read as a locative: 北|滘|镇), printed between its district's
full name and the level word 镇, is read with its district (某区北滘镇总工会), no longer as
the bare 镇总工会. One character alone, or a function word, is no town's name. Invented
sentences on a real district's towns."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [span.written for span in find_org_spans(text)]


def test_a_town_cut_into_characters_keeps_its_district():
    assert _written("麦某现任顺德区北滘镇总工会副主席。") == ["顺德区北滘镇总工会"]


def test_the_city_before_the_district_opens_the_name():
    assert _written("他在佛山市顺德区北滘镇总工会工作。") == ["佛山市顺德区北滘镇总工会"]


def test_a_particle_before_the_level_word_names_no_town():
    assert _written("南海区的镇总工会开展活动。") == ["镇总工会"]
