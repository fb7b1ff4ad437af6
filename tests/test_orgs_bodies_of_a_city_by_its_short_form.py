"""A city's short form that is no word of the language (宝鸡, 焦作, 营口) opens one body of
that city however jieba tags it (宝鸡/n, 营口/vn): 宝鸡某机床集团, 焦作第二纺织厂工会 are
found; a body of generic words with no place (第二纺织厂工会) stays no body (issue 10).
Companies and events are invented, in the shapes of real union news."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_city_short_form
from tests.conftest import news_page, page_facts


def _names(body: str) -> list[str]:
    facts = page_facts(news_page(body))
    return [o.name_as_written for a in facts.articles for o in a.orgs]


def test_a_body_opening_with_a_city_s_short_form_is_found():
    assert _names("领导们来到宝鸡机床集团展区视察。") == ["宝鸡机床集团"]
    assert _names("焦作第二纺织厂工会开展技术比武。") == ["焦作第二纺织厂工会"]
    assert _names("慰问组来到营口造纸厂慰问一线职工。") == ["营口造纸厂"]


def test_generic_words_without_a_place_name_no_body():
    assert _names("第二纺织厂工会开展技术比武。") == []
    assert _names("慰问组来到造纸厂慰问一线职工。") == []


def test_only_a_city_s_or_a_province_s_short_form_counts():
    assert is_city_short_form("宝鸡")
    assert not is_city_short_form("和平")  # a county's, and a word of the language
    assert not is_city_short_form("机床")
