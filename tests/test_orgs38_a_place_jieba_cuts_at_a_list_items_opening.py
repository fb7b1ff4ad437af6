"""A firm listed after a person (某某、长宁某某有限公司): jieba reads the place's last
character with the brand's first as another place (长|宁城), tags the first character
an adjective, and the walk left the place's first character out (宁城…有限公司). The
character after punctuation that makes a place with the name's opening is the name's
first. Seen in a tuning set's consolation tour (session 52, orgs38). Text, people and
bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_listed_firm_keeps_its_places_first_character():
    body = "看望了环卫工刘师傅、长宁城运保洁服务有限公司保洁班班长王秋生。"
    found = first_article_resolved(body)
    assert "长宁城运保洁服务有限公司保洁班" in found
    assert not any(name.startswith("宁城") for name in found)


def test_a_character_inside_a_sentence_opens_nothing():
    body = "会上，青禾建设有限公司作交流发言。"
    assert first_article_resolved(body) == {"青禾建设有限公司"}
