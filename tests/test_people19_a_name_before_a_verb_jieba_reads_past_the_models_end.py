"""A contest's results list names before the verb of their piece (甲、乙诵读的《…》,
马某演说的《…》). The model reads 马某演 (its end inside jieba's 演说) and the verb of
saying rule took 说 alone as the verb; the name ends where jieba's verb opens. A name
whose third character is no opening of a word keeps it. Also: 孟根 (Mongolian 'silver')
is a name element, so 孟根其某格 is read whole. Invented names and events (s38,
people19)."""

from __future__ import annotations

from gonghui_build.extract.people.speakers import speech_names
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "全市职工诵读演说大赛举行\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_name_before_yanshuo_ends_before_the_verb():
    body = "经过激烈角逐，张涛、马锐演说的《对话》获得一等奖。"
    assert sorted(_people(body)) == sorted(["张涛", "马锐"])


def test_shuo_closing_a_frequent_word_names_no_speaker():
    assert [h.name for h in speech_names("，马锐演说的《对话》获奖。", set())] == []


def test_a_name_of_three_before_shuo_is_still_a_speaker():
    assert [h.name for h in speech_names("，马锐平说，培训很有用。", set())] == ["马锐平"]


def test_a_mongolian_name_opening_with_menggen_is_read_whole():
    body = "20名最美职工分别是：包头市邮政分公司快递员孟根其其格，北辰重工集团电工廖丽敏。"
    assert "孟根其其格" in _people(body)


def test_a_name_before_a_run_on_that_is_no_dictionary_word_keeps_its_last_character():
    body = "青年员工林梓萌以98分夺冠，获得“岗位能手”称号。"
    assert "林梓萌" in _people(body)
