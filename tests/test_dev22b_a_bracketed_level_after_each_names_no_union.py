"""各县（市）区总工会 'the unions of every county (county-level city) and district' is a
kind of body, many of them: the level in brackets hid the determiner 各 from the name's
words, and the build read 区总工会 alone and completed it to the district the article
names (real_dev22). A union named after brackets that close no plural (某市总工会（筹）,
a district's union after a bracketed note) stays a body. Text is invented (s53, dev22b)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_resolved


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_every_county_and_district_union_with_a_bracketed_level_is_no_body():
    assert _names("会上要求，各县（市）区总工会要开展一次专项检查。") == []


def test_a_union_after_a_bracketed_note_without_each_is_still_read():
    assert _names("会议（第二次）东湖区总工会主办。") == ["东湖区总工会"]


def test_the_district_named_elsewhere_is_not_given_to_the_plural():
    found = first_article_resolved(
        "5月3日，临川市总工会在东湖区广场启动维权行动。会上要求，各县（市）区总工会要开展一次专项检查。"
    )
    assert "东湖区总工会" not in found
