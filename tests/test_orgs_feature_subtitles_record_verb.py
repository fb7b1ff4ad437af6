"""A feature's subtitle (——记某公司劳模某某, 'a portrait of…'): jieba reads the verb 记
alone as a noun and the walk took it into the body's name (记某某公司); it opens no name.
A body whose own word holds 记 (记者协会) is unchanged. Invented firms and people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_the_record_verb_of_a_subtitle_is_no_part_of_the_name():
    assert _names("——记北京青河石化公司劳模王刚") == ["北京青河石化公司"]
    assert _names("记桐川电力公司技术员周华") == ["桐川电力公司"]


def test_a_body_named_with_a_word_holding_record_is_unchanged():
    assert _names("桐川市记者协会举办新闻培训。") == ["桐川市记者协会"]
