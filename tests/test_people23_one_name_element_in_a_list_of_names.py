"""A list item that is one Mongolian or Tibetan name element (苏和, 额尔敦, 那仁: ``people.yaml``
name_elements), alone between the marks of a list of names: jieba's dictionary holds some
as places or words (苏和/ns) and the Han name shapes refuse others (额尔敦), so the list's
first item, or the items a counted list's walk back meets (额尔敦、那仁、李某某等8人), were
lost. Inner Mongolia award reports (s40, people23); invented names. An item that is a
noun or a place still stops the walk back."""

from __future__ import annotations

from gonghui_build.extract.people.counted import counted_names
from gonghui_build.text import tokenizer
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def _counted(text: str) -> list[str]:
    return sorted(h.name for h in counted_names(text, tokenizer.tag_tokens(text)))


def test_one_element_opening_a_list_of_names_is_a_person():
    body = "苏和、布仁巴雅尔、宋玉芳、付梦琪等23名职工荣获全国五一劳动奖章。"
    assert _people(body) == sorted(["苏和", "布仁巴雅尔", "宋玉芳", "付梦琪"])


def test_one_element_before_a_counted_name_is_a_person():
    text = "额尔敦、那仁、李春燕等8人获自治区技术能手称号。"
    assert _counted(text) == sorted(["额尔敦", "那仁", "李春燕"])


def test_a_noun_or_a_place_still_stops_the_walk_back():
    assert _counted("车间、韦东山等5人参加。") == ["韦东山"]
    assert _counted("锡林浩特、韦东山等5人参加。") == ["韦东山"]
