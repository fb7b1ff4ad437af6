"""由边疆、田野等3人获得: the count of people after the last name says the items a 、 joins
before it are people too, names that are ordinary words (边疆, jieba's place word)
included. Items that are no word of a name's shape, or a list opened by a noun, are
left alone. Invented names and events."""

from __future__ import annotations

from gonghui_build.extract.people.counted import counted_names
from gonghui_build.text import tokenizer


def _counted(text: str) -> list[str]:
    return [h.name for h in counted_names(text, tokenizer.tag_tokens(text))]


def test_a_word_name_opening_a_counted_list_after_a_preposition_is_a_person():
    assert _counted("叉车组一等奖由边疆、田野等3人获得。") == ["田野", "边疆"]


def test_items_alone_between_the_marks_are_people():
    assert set(_counted("获奖者：韦东山、边疆、田野等3人。")) == {"韦东山", "边疆", "田野"}


def test_an_item_of_no_names_shape_stops_the_walk_back():
    assert _counted("车间、韦东山等5人参加。") == ["韦东山"]


def test_a_counted_name_with_nothing_before_it_is_read_alone():
    assert _counted("授予韦东山等10名同志荣誉称号。") == ["韦东山"]
