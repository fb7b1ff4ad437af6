"""A county's short form (县人民医院) printed after 和, which jieba reads as the county
和县: the name's level word is read as the body's opening, so the short form is found."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def test_short_form_after_conjunction_glued_to_its_level_word_is_found() -> None:
    text = "某某县总工会组织机关干部和县人民医院医生下乡义诊。"
    assert "县人民医院" in [s.written for s in find_org_spans(text)]


def test_a_kind_of_body_after_the_conjunction_stays_generic() -> None:
    text = "机关干部和基层医院医生一起下乡。"
    assert "基层医院" not in [s.written for s in find_org_spans(text)]
