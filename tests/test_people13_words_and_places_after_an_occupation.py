"""After an occupation, three characters cut out of words jieba reads whole (焊工马上|赶到,
电工何去何从) or naming a place (电工张家口来的, 钳工王家庄来的) are no name; a name jieba
reads apart from the words after it (马上峰|带领, 何德|从) or a surname and 家 with a
given name (张家明) still is. Invented names and events."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.name_length import cuts_words, names_a_place
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市总工会召开座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    "body",
    [
        "抢修现场，焊工马上赶到，接好了管线。",
        "面对转岗，电工何去何从成了大家的心事。",
        "车间里，电工张家口来的小伙子最多。",
        "车间里，钳工王家庄来的居多。",
        "车间里，电工包头来的居多。",
    ],
)
def test_words_or_a_place_after_an_occupation_are_no_person(body):
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("电工马上峰带领班组连夜抢修。", ["马上峰"]),
        ("焊工何德从带领徒弟完成了任务。", ["何德从"]),
        ("电工张家明带领班组连夜抢修。", ["张家明"]),
        ("焊工刘建华为大家做了示范。", ["刘建华"]),
        ("电工王福来带领班组连夜抢修。", ["王福来"]),
        ("车辆钳工刘耀宁、技术员祁建华荣获最美职工称号。", ["刘耀宁", "祁建华"]),
    ],
)
def test_names_after_an_occupation_still_read(body, names):
    assert _people(body) == names


def test_a_span_cut_out_of_words_at_both_ends():
    text = "焊工马上赶到"
    assert cuts_words(2, 5, tag_tokens(text))


def test_a_span_ending_at_a_words_edge_is_not_cut():
    text = "电工马上峰带领"
    assert not cuts_words(2, 5, tag_tokens(text))


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("张家口", True),
        ("王家庄", True),
        ("李家沟", True),
        ("张家明", False),
        ("江山", False),
        ("包头来", True),
        ("王福来", False),
    ],
)
def test_names_a_place(name, place):
    assert names_a_place(name) is place
