"""A worker's name after a people's name and a noun for a person (藏族小伙某某, 哈萨克族姑娘
某某, 藏族同胞某某: ``titles.yaml`` person_nouns) stands where names stand; a Tibetan name
of one element of two characters (顿珠) there, before a word that follows names, is a
person the model reads. Shapes of features on Tibet's and Xinjiang's papers read on real
pages (s36); invented names and events."""

from __future__ import annotations

from gonghui_build.extract.people.name_context import after_title_or_occupation
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_tibetan_element_after_a_young_man_before_a_follower_is_a_person():
    assert _people("藏族小伙顿珠告诉记者，工会的慰问让大家心里暖暖的。") == ["顿珠"]


def test_the_nouns_for_a_young_man_a_young_woman_and_a_compatriot_place_a_name():
    for noun in ("小伙", "姑娘", "同胞"):
        text = f"藏族{noun}某某"
        assert after_title_or_occupation(text, len(text) - 2)


def test_the_nouns_alone_name_no_one():
    assert _people("小伙伴们一起参加了比赛，姑娘们唱起了歌。") == []
    assert _people("广大同胞同心协力，共建美好家园。") == []
