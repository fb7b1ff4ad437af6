"""A name right after an occupation that opens a clause: a verb, an adverb or a
preposition jieba reads as a word of its own follows it (叉车司机向东升把…, 装卸工祝永清正
和…, 保安甘立新讨论起来), where no word that follows names closes it. An ordinary word in
the same place (维修工周末加班, 焊工常年坚守), a name jieba reads whole (保安张贴通知) or a
given name it reads as two words (骑手边送边聊, 骑手冷得发抖) is no name. Invented names
and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "一线工友的新春\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("叉车司机向东升把最后一批货物送上车厢。", "向东升"),
        ("在赣州港，装卸工祝永清正和工友们一起卸货。", "祝永清"),
        ("离他们不远处，保安甘立新和同事讨论起来。", "甘立新"),
        ("球赛开始前，保安甘立新讨论起了门票。", "甘立新"),
    ],
)
def test_a_name_before_the_predicate_after_an_occupation_is_a_person(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "春节期间，维修工周末加班抢修设备。",
        "这些年，焊工常年坚守在工地上。",
        "天一亮，保安张贴通知，提醒住户注意安全。",
        "午后，骑手边送边聊，一点也不累。",
        "风一吹，骑手冷得发抖。",
    ],
)
def test_an_ordinary_word_before_the_predicate_after_an_occupation_names_no_one(body):
    assert _people(body) == []
