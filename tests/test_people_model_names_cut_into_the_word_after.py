"""A model's name whose last character opens the word after it: invented pages.

The model runs a thing's name into the word printed after it (马包|制作技艺传承人 read
as 马包制): three characters ending inside a frequent word of jieba's are no person
unless jieba reads a name there or a title stands before them; a name closed by a
word of its own (王立强获得) stays a person."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_span_ending_inside_the_word_after_it_is_no_person():
    people = _people("5月2日，青禾市总工会表彰工匠。马包制作技艺传承人索朗达杰获奖。")
    assert "马包制" not in people
    assert "索朗达杰" in people


def test_a_name_closed_by_a_word_of_its_own_stays_a_person():
    people = _people("5月2日，青禾市总工会表彰工匠。钳工王立强获得第一名，索朗达杰获得第二名。")
    assert {"王立强", "索朗达杰"} <= people
