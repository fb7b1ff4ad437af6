"""徒弟 (an apprentice) before a name is a noun for people, as 职工 is: a name whose given
name reads as a word (孙|小龙) after it is a person though a preposition follows (在), and
徒弟 is no post of theirs. Profiles of masters and apprentices read on real pages of
session 31; invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def test_a_worded_name_after_an_apprentice_is_a_person_with_no_post():
    article = page_facts(news_page("去年，我的徒弟孙小龙在全省技能大赛上拿了第一名。")).articles[0]
    assert [p.name for p in article.people] == ["孙小龙"]
    assert not article.positions


def test_apprentices_counted_name_no_one():
    article = page_facts(news_page("他带出的徒弟们在大赛上屡获佳绩。")).articles[0]
    assert not article.people
