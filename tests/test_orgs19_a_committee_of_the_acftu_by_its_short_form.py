"""A committee of a union the gazetteer names, printed after the union's short form
(全国总工会女职工委员会, 全总经费审查委员会), is that union's committee under its full
name (中华全国总工会女职工委员会): jieba reads the short form as one word and 全 opens it,
so the name read as a kind (全国, a determiner's) and only the federation was found,
where the full name was read whole. Generic plurals stay none (全国各级工会女职工委员会).
Seen in national union news (s38, orgs19). Text and events are invented."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国总工会女职工委员会召开全体会议。", "中华全国总工会女职工委员会"),
        ("全总女职工委员会主任李红出席会议。", "中华全国总工会女职工委员会"),
        ("全国总工会经费审查委员会召开会议。", "中华全国总工会经费审查委员会"),
    ],
)
def test_the_committee_of_the_acftu_under_its_full_name(text: str, name: str):
    assert name in first_article_resolved(text)


def test_the_committees_of_all_unions_are_none():
    assert first_article_resolved("全国各级工会女职工委员会要积极作为。") == set()


def test_a_city_federations_committee_stays():
    found = first_article_resolved("北京市总工会女职工委员会召开会议。")
    assert "北京市总工会女职工委员会" in found
