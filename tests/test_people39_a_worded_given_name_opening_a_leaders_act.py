"""A name whose given name is a frequent word (海洋, 胜利, 和平), read by the model, is a
person where it opens a clause before a leader's act at a meeting (出席, 主持, 讲话, 致辞:
``people.yaml`` person_acts) or follows 由 before one (会议由某某主持): only people do
these acts. Common words, a unit's or a place's name before the same verbs, a dictionary
word (a brand) and a name inside a clause stay no one. Invented names and events."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.acting_names import acts_opening_a_clause
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "一线工友的新春\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("3月5日，区职工运动会闭幕。甄海洋出席闭幕式并讲话。", ["甄海洋"]),
        ("祝胜利主持会议并讲话。", ["祝胜利"]),
        ("座谈会上，柴和平致辞。", ["柴和平"]),
        ("会议由祝胜利主持。", ["祝胜利"]),
        ("刘海军出席活动并为获奖职工颁奖。", ["刘海军"]),
    ],
)
def test_a_worded_given_name_opening_a_leaders_act_is_a_person(body, names):
    assert _people(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "全体职工出席。",
        "和平路社区主持召开座谈会。",
        "黄河路街道主持召开座谈会。",
        "高新区出席会议的代表有100人。",
        "宁波港出席签约仪式。",
        "甄海洋的风光令人难忘。",
    ],
)
def test_common_words_and_units_before_a_leaders_act_name_no_one(body):
    assert _people(body) == []


def test_a_leaders_act_inside_a_clause_is_no_second_signal():
    text = "在海洋出席仪式"
    assert not acts_opening_a_clause(text, 1, 4)
    assert acts_opening_a_clause("，甄海洋出席仪式", 1, 4)


def test_a_dictionary_word_before_a_leaders_act_is_no_second_signal():
    assert not acts_opening_a_clause("白天鹅出席典礼", 0, 3)
