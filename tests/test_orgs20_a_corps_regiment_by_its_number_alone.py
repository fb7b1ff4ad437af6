"""The regiments (团) of the Xinjiang Production and Construction Corps are known by their
numbers (一三一团, 131团) and printed without their division before their unions; jieba
cuts the numerals (一|三|一团) and the walk found no name, so 一三一团工会 was lost. Seen
on real pages of the Corps' union news (s38, orgs20). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_regiment_numbered_in_chinese_numerals_opens_its_union():
    assert _names("一三一团工会开展夏送清凉活动。") == ["一三一团工会"]


def test_a_regiment_numbered_in_digits_opens_its_union():
    assert _names("131团工会开展夏送清凉活动。") == ["131团工会"]


def test_a_regiment_after_a_date_opens_its_union():
    assert _names("4月，一二三团工会召开会员大会。") == ["一二三团工会"]


def test_a_regiment_after_its_division_keeps_the_division():
    assert _names("八师一二一团工会开展活动。") == ["八师一二一团工会"]


def test_a_regiment_visited_is_no_union_of_it():
    found = first_article_orgs("7月3日，兵团总工会领导来到一三二团慰问一线职工。")
    assert "兵团总工会" in found
    assert not any(name.endswith("团工会") for name in found)


def test_a_year_before_a_youth_league_word_is_no_regiment():
    assert _names("2023年团工会工作要点。") == []
