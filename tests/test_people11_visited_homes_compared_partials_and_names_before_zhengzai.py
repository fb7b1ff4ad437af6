"""People of visit reports and feature pages (s34, people11). A name between a noun for
workers (困难职工, 退休职工) or an occupation and the home a visit goes to (家中, 家里, 家
before punctuation) is a person, and the home is not read into the name; two partial names
joined by a word of comparison or company (小丁比老丁) are two people, not one; a name of
two characters before 正在 ends before it; a two-character name whose surname is
usually a word (常青, 安平) is read after an occupation or an age before a verb of saying
when jieba tags it a name (常常, 安全 stay no one). Invented names, places and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会走访慰问困难职工\n\n本报讯 " + body
    return sorted(p.name for a in page_facts(text).articles for p in a.people)


def test_a_name_between_a_workers_noun_and_the_home_visited_is_a_person():
    assert _people("慰问组来到困难职工戴福生家，送去米面油。") == ["戴福生"]
    assert _people("随后又来到退休职工包志强家中，了解病情。") == ["包志强"]


def test_the_home_visited_is_not_read_into_the_name():
    assert _people("慰问组来到职工罗红家，送去米面油。") == ["罗红"]


def test_a_home_with_no_name_or_a_word_ending_in_jia_stays_no_person():
    assert _people("慰问组来到困难职工家中，送上慰问金。") == []
    assert _people("职工专家组来到车间，查看设备。") == []


def test_two_partial_names_compared_are_two_people():
    assert _people("车间里，小丁比老丁高了半头，干活也更快。") == ["小丁", "老丁"]


def test_a_two_character_name_before_zhengzai_ends_before_it():
    assert _people("钳工何明正在调试设备。") == ["何明"]
    assert _people("高级技师钱强正在调试设备。") == ["钱强"]


def test_a_name_of_a_word_surname_jieba_tags_a_name_after_an_occupation_or_age_speaks():
    assert _people("老焊工常青说，这活儿难不倒他。") == ["常青"]
    assert _people("今年52岁的安平说，工会帮了大忙。") == ["安平"]


def test_a_word_surname_opening_an_adverb_or_a_noun_before_saying_stays_no_person():
    assert _people("老焊工常常说，干活要细。") == []
    assert _people("焊工安全说，要注意。") == []


def test_no_three_character_name_ends_on_the_first_character_of_zhengzai():
    assert "万强正" not in _people("高级技师万强正在调试设备。")
