"""The national railway workers' union printed 全国铁路总工会: jieba reads 全国|铁路|总工会,
the generic 全国 was trimmed and the 铁路总工会 left was dropped as a kind of union, so the
body was lost where 中华全国铁路总工会 was kept. 全国 opens it as it opens the national
congress (``national_bodies``). Seen on real pages of the railway press (s38, orgs20).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_the_national_railway_union_is_a_body():
    assert _names("近日，全国铁路总工会在京召开全委会议。") == ["全国铁路总工会"]


def test_the_national_railway_union_after_the_state_railway_group():
    assert "全国铁路总工会" in _names("国铁集团和全国铁路总工会组成慰问组。")


def test_its_full_name_is_still_read_whole():
    assert _names("中华全国铁路总工会启动送温暖活动。") == ["中华全国铁路总工会"]


def test_the_nations_unions_of_every_level_are_still_a_kind():
    assert _names("全国各级工会开展送温暖活动。") == []


def test_a_railway_union_of_no_named_body_is_still_a_kind():
    assert _names("各地铁路总工会开展送温暖活动。") == []
