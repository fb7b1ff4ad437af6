"""A profile's deck line opens with a dash and 记 ('an account of'): ——记某公司某车间
焊工某某. jieba glues 记 to the body's first character (记润), so the body's name read
from the deck began with it; the body begins after the word. Invented company and
person."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_the_account_word_after_the_dash_is_cut_from_the_body():
    assert _names("——记润川港务集团青港码头公司桥吊司机李立强") == ["润川港务集团青港码头公司"]
