"""A name of Mongolian elements printed alone after its unit and a blank (某电力公司
朝格图): a results list's row, which a Han name alone needs no help for, while an
element and the final syllable 图 (three characters) reads as no Han name and makes no
roll of two. Words after a unit, a name of one element of two characters, and a piece
after a word that is no unit read no name. Invented names and units (s46, people35)."""

from __future__ import annotations

from gonghui_build.extract.people.composed import element_and_final
from gonghui_build.extract.people.rolls import unit_row_elements
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def _row(text: str) -> list[str]:
    return [h.name for h in unit_row_elements(text, frozenset(), [])]


def test_an_element_and_tu_alone_after_its_unit_is_a_name():
    body = "技能比武获奖名单\n青禾煤业公司 王海涛 李晓东\n青禾电力公司 朝克图\n青禾建筑公司 张红"
    assert "朝克图" in _people(body)


def test_elements_alone_after_a_unit_and_a_blank_are_a_name():
    assert _row("青禾电力公司 其木格") == ["其木格"]
    assert _row("青禾机械厂 宝音图雅") == ["宝音图雅"]


def test_no_unit_a_short_element_or_a_word_reads_no_name():
    assert _row("电力保障 朝克图") == []
    assert _row("青禾电力公司 巴图") == []
    assert _row("青禾电力公司 乌兰察布") == []


def test_an_element_and_its_final_syllable_is_checked_in_composed():
    assert element_and_final("朝克图", 0, 3)
    assert not element_and_final("朝克", 0, 2)
