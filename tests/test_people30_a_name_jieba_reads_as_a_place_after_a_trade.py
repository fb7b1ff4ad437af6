"""After a trade (焊工, 电工), a name jieba reads whole as a place or a name-word (高原/ns)
and a word that follows names (在, 介绍) is a person; a place, a division or a noun after a
trade (高温下, 江南片区, 北京务工, 高山上) is none. Invented names and events (s43, people30)."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_plateau_word_after_a_welder_is_a_name():
    assert page_people(news_page("焊工高原在全市技能比赛中获得第一名。")) == ["高原"]


def test_a_mountain_word_after_an_electrician_introducing_is_a_name():
    assert page_people(news_page("电工高山介绍了带电作业的要领。")) == ["高山"]


def test_a_noun_or_a_place_after_a_trade_is_no_name():
    for text in ("环卫工人高温下坚守岗位。", "快递员江南片区投递量大增。", "农民工北京务工多年。"):
        assert page_people(news_page(text)) == []


def test_a_mountain_with_a_locative_after_a_trade_is_no_name():
    assert page_people(news_page("电工高山上架线，确保供电。")) == []


def test_a_verb_jieba_tags_a_name_before_a_quote_is_no_name():
    assert page_people(news_page("两位教师荣获“市优秀教师”称号。")) == []
