"""A name of two characters that is also a word (高峰, 刘洋), printed after a title and
before a preposition jieba reads alone (副主席高峰为获奖选手颁奖), is the two: the 获
after 为 is no end of a name 高峰为. A given name of three characters ending in that
character where jieba reads no name of two (王有为作报告), or a name closing on 和, which
jieba reads as a conjunction (沈某和), keeps its three. Invented names and events (s41,
people25)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "某区举行职工技能大赛颁奖仪式\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_word_name_before_wei_and_a_verb_that_follows_names():
    assert _people("区总工会副主席高峰为获奖选手颁奖。") == ["高峰"]


def test_the_post_before_the_name_is_held_by_the_two():
    text = "某区举行颁奖仪式\n\n本报讯 区总工会副主席高峰为获奖选手颁奖。"
    posts = [(p.name, p.title) for a in page_facts(text).articles for p in a.positions]
    assert posts == [("高峰", "副主席")]


def test_a_given_name_ending_in_wei_keeps_three_characters():
    assert _people("区总工会主任王有为作报告。") == ["王有为"]


def test_a_name_closing_on_he_keeps_three_characters():
    assert _people("区委副书记沈景和出席会议并讲话。") == ["沈景和"]
