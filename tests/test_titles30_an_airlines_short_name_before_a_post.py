"""An airline printed by its two-character short name right before a post (东航机长某某,
川航机长某某): the gazetteer lists the national airlines' short names
(``reference/organisations.yaml``), and a title's body ends where the title begins, so
the short name is whole there and names the airline, kept as printed as a group's
longer short name is (四川航空机长某某). Before, the post was read with no body: a
two-character short name is left alone as a mention, as it often opens a compound
(首钢园区). Near misses: 南航 (also a university's short name) is not listed; a
two-character word no entry lists keeps no body. Invented people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


@pytest.mark.parametrize("airline", ["东航", "川航"])
def test_a_captain_of_an_airline_by_its_short_name(airline: str):
    found = _positions(f"{airline}机长骆鸿飞讲述了飞行经历。")
    assert found == {("骆鸿飞", "机长", airline)}


def test_a_longer_short_name_is_still_kept_as_printed():
    assert _positions("四川航空机长骆鸿飞获奖。") == {("骆鸿飞", "机长", "四川航空")}


@pytest.mark.parametrize("word", ["南航", "翔鹰"])
def test_an_unlisted_short_name_keeps_no_body(word: str):
    found = _positions(f"{word}机长骆鸿飞讲述了飞行经历。")
    assert all(org is None for _, _, org in found)


def test_a_two_character_short_name_opening_a_compound_still_names_no_body():
    found = _positions("学员到首钢园区职工之家参观，园区主任骆鸿飞介绍了情况。")
    assert ("骆鸿飞", "主任", "首钢") not in found
