"""A household named by its head and 家 (售货员某某某家、, 五好家庭 awards; 困难职工某某某家中)
keeps the head's whole name: jieba reads the name's last character and 家 as one word
(芝家), and the name was read a character short. Invented people."""

from __future__ import annotations

from gonghui_build.extract.people.households import at_household, household_head_end
from tests.conftest import news_page, page_facts


def test_a_model_familys_head_is_read_whole():
    body = "表彰大会召开。百货商店售货员田秀芝家、纺织厂挡车工龚立新家等代表受奖家庭发言。"
    names = {p.name for p in page_facts(news_page(body)).articles[0].people}
    assert "田秀芝" in names
    assert "田秀" not in names


def test_a_household_is_closed_by_a_mark_or_a_word_of_place():
    assert at_household("田秀芝家、", 3)
    assert at_household("田秀芝家中", 3)
    assert not at_household("田秀芝家庭", 3)


def test_a_two_character_name_before_its_household_stays_two():
    assert household_head_end("王芳家、", 0, 2) == 2
    assert household_head_end("田秀芝家、", 0, 2) == 3


def test_a_word_made_with_jia_carries_no_name_on():
    assert household_head_end("王明一家、", 0, 2) == 2
    assert household_head_end("王明回家，", 0, 2) == 2


def test_a_family_counted_after_a_name_is_no_household_of_a_longer_name():
    assert not at_household("王明一家、", 3)


def test_a_name_at_the_texts_end_is_read_without_a_household():
    assert not at_household("田秀芝", 5)
    assert household_head_end("田秀", 0, 2) == 2
