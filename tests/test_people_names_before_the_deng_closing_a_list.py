"""A name whose last character makes a word with the 等 that closes a list (张建中等: 中等,
王和平等: 平等) is the three-character name, never a four-character one with 等; a name
before 等 that makes no such word is read as before. Sentences written for these tests
(invented names and units)."""

from __future__ import annotations

from tests.conftest import page_facts

_LEAD = "区总工会召开座谈会\n\n本报讯 3月9日，区总工会召开职工座谈会。"


def _names(sentence: str) -> list[str]:
    facts = page_facts(_LEAD + sentence)
    return [p.name for a in facts.articles for p in a.people]


def test_a_name_ending_in_a_word_with_deng_drops_the_deng():
    names = _names("会上，柯晓平、汤建中等先后发言。")
    assert "汤建中" in names
    assert not [n for n in names if n.endswith("等")]


def test_a_name_with_a_function_word_before_deng_is_no_four_character_name():
    names = _names("座谈会上，职工代表尹和平等先后发言。")
    assert not [n for n in names if n.endswith("等")]


def test_a_name_before_deng_that_makes_no_word_is_read_as_before():
    assert "柯文静" in _names("会上，柯文静等5名代表发言。")
