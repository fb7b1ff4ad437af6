"""A name of three characters whose given name jieba reads as a word of its own (a
place's: 长江) and whose surname alone the model reads as the person, after an honour
and an occupation: invented names and events."""

from __future__ import annotations

from gonghui_build.extract.people.surname_cut_off import surname_then_given_span
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_surname_and_a_place_word_after_an_honour_and_a_trade_are_one_name():
    body = "全国劳动模范、采油工隋长江向青年员工讲解抽油机保养要领。"
    assert _people(body) == ["隋长江"]


def test_the_name_needs_a_title_or_an_honour_before_it():
    text = "隋长江向青年员工讲解要领。"
    assert surname_then_given_span(text, 0, after_noun=False) is None


def test_the_name_needs_a_word_that_follows_names_after_it():
    text = "采油工隋长江大桥通车了。"
    assert surname_then_given_span(text, 3, after_noun=True) is None
