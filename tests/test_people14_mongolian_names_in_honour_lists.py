"""Mongolian names in honour lists (甲、乙、丙等19名职工荣获…奖章): a name the model reads
only in part before a name element of three characters (孟根|其其格等) runs on to the
element, and an item made wholly of name elements (斯琴高娃) before a name found is read,
so the list's opening items are read too. Shapes of Inner Mongolia's honour lists read
on real pages (s36); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.listed import names_listed_before
from gonghui_build.extract.people.model_bounds import _element_after
from gonghui_build.text import tokenizer
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_name_read_in_part_runs_on_to_the_element_closing_its_item():
    body = "其中，王海涛、李红、孟根其其格等19名职工荣获自治区五一劳动奖章。"
    assert _people(body) == ["孟根其其格", "李红", "王海涛"]


def test_items_of_name_elements_open_a_list_before_a_name_found():
    body = "乌日根、斯琴高娃、王海涛等19名职工荣获自治区五一劳动奖章。"
    assert _people(body) == ["乌日根", "斯琴高娃", "王海涛"]


def test_the_element_after_needs_a_close_after_it():
    text = "孟根其其格等"
    assert _element_after(text, 0, 2) == 5
    text = "孟根其其格里"  # no punctuation or word that follows names after the element
    assert _element_after(text, 0, 2) is None


def test_an_element_of_two_characters_is_not_read_on():
    text = "王海哈斯，"  # 哈斯: an element of two characters, as often a next name's start
    assert _element_after(text, 0, 2) is None


def test_a_word_before_a_name_found_still_opens_no_list():
    text = "围绕安全、高效、王建国提出了三条建议。"
    start = text.index("王建国")
    assert names_listed_before(text, start, tokenizer.tag_tokens(text)) == []


def test_an_item_of_elements_after_a_word_opens_no_list():
    text = "来自草原的斯琴高娃、王建国作了发言。"
    start = text.index("王建国")
    assert names_listed_before(text, start, tokenizer.tag_tokens(text)) == []
