"""A list of names whose first item is also a word (高峰 a peak, 周密 thorough, 张国庆)
is read whole when two names found follow it (前三名：高峰、李某、周某; 区领导王某、周密、
范某出席): a list of winners or of leaders attending holds no word there. With one name
after it, or when jieba reads the item as an adjective or a noun (高效, 马力), or a word
more frequent than given names are (文明), the item stays a word. Invented names and
events (s41, people25)."""

from __future__ import annotations

from gonghui_build.extract.people import listed
from gonghui_build.text import tokenizer
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "某区举行职工技能大赛颁奖仪式\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_word_name_opening_a_list_of_winners_after_a_colon():
    people = _people("钳工个人前三名：高峰、李建华、周洋。车工前三名由外省选手包揽。")
    assert people == sorted(["高峰", "李建华", "周洋"])


def test_word_names_opening_a_list_of_leaders_attending():
    people = _people("4月28日，区庆祝五一表彰会举行。区领导王海洋、周密、范勤出席活动。")
    assert people == sorted(["王海洋", "周密", "范勤"])


def test_a_word_name_before_one_name_only_stays_a_word():
    assert "高峰" not in _people("钳工前两名：高峰、李建华。")


def test_an_adjective_or_a_frequent_word_before_two_names_is_no_name():
    for word in ("高效", "文明", "马力"):
        text = f"{word}、李建华、周洋"
        start = text.index("李建华")
        tokens = tokenizer.tag_tokens(text)
        found = listed.names_listed_before(text, start, tokens, names_after=2)
        assert found == [], word


def test_the_names_a_list_holds_from_a_name_on():
    text = "甲乙丙、李建华、周洋、王某某出席"
    spans = [(4, 7), (8, 10), (11, 14)]
    assert listed.names_listed_from(text, 7, spans) == 3
    assert listed.names_listed_from(text, 10, spans) == 2
    assert listed.names_listed_from(text, 14, spans) == 1
