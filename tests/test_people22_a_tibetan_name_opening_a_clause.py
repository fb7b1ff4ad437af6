"""A Tibetan name of one element or two, with no surname and no post before it, opening
a clause before an adverb or a verb of speech (比赛中，顿珠还获得了…; 次仁多吉一直坚守…;
格桑已经干了…): the clause's subject, often on first mention on Tibet's pages. A
string that is a frequent word (乌云也散了) or cuts jieba's words (才让职工…) is none,
and so is an element before no predicate. Invented names and events (s39, people22)."""

from __future__ import annotations

from gonghui_build.extract.people.opening_elements import elements_opening_clauses
from gonghui_build.text import tokenizer
from tests.conftest import news_page, page_facts


def _names(text: str) -> list[str]:
    return [h.name for h in elements_opening_clauses(text, tokenizer.tag_tokens(text))]


def test_one_element_opening_a_clause_before_an_adverb():
    assert _names("比赛中，顿珠还获得了最佳操作奖。") == ["顿珠"]


def test_two_elements_and_one_element_in_two_sentences():
    text = "多年来，次仁多吉一直坚守在电力检修岗位。扎西也多次获得表彰。"
    assert _names(text) == ["次仁多吉", "扎西"]


def test_an_element_before_a_verb_of_speech():
    assert _names("格桑说，今年要把安全放在首位。") == ["格桑"]


def test_the_page_reads_the_name():
    body = "在那曲供电公司，格桑已经干了20年线路巡检。"
    assert "格桑" in {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_frequent_word_of_elements_is_no_name():
    assert _names("乌云也散了，天晴了。") == []


def test_a_divisions_name_of_an_element_is_no_name():
    assert _names("今年，德庆也建起了职工驿站。") == []


def test_a_string_cutting_jiebas_words_is_no_name():
    assert _names("只有这样，才让职工满意。") == []


def test_an_element_before_no_predicate_is_no_name():
    assert _names("扎西德勒，欢迎你们。") == []
