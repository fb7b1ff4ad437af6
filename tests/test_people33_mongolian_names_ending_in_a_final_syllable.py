"""Mongolian names of a head element and the final syllable 图 (额尔德木图, 吉日格勒图):
heads no element list held were read by no rule, after a post or before a verb of
saying, and an item of elements and 图, longer than a Han name, was left out of a
counted list's walk back (额尔德木图、某某某等5人). Inner Mongolian honour and meeting
pages (s45, people33); invented names. A place ending a list item stays no name."""

from __future__ import annotations

from gonghui_build.extract.people.counted import counted_names
from gonghui_build.text import tokenizer
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def _counted(text: str) -> list[str]:
    return sorted(h.name for h in counted_names(text, tokenizer.tag_tokens(text)))


def test_a_head_element_and_tu_after_a_post_is_one_name():
    assert _people("旗总工会主席额尔德木图主持会议。") == ["额尔德木图"]


def test_a_head_element_and_tu_before_a_verb_of_saying_is_one_name():
    assert _people("职工吉日格勒图说，今年的比武让他受益匪浅。") == ["吉日格勒图"]


def test_an_item_of_an_element_and_tu_opens_a_counted_list():
    text = "额尔德木图、吉日嘎拉图、王秀兰等5人获奖。"
    assert _counted(text) == sorted(["额尔德木图", "吉日嘎拉图", "王秀兰"])


def test_a_place_item_still_stops_the_walk_back():
    assert _counted("锡林浩特、王秀兰等5人参加。") == ["王秀兰"]
