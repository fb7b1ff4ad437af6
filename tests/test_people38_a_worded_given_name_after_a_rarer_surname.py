"""A name whose given name is a frequent word (海洋, 胜利, 和平) after a surname that is no
ordinary word but not among the most frequent (甄, 祝, 柴: ``surnames.yaml`` other), read
by the model, is a person where a second signal stands by it, as after a common surname
(刘海军说): a verb of saying after it, an occupation before it, a list of names around it.
Without such a signal (甄海洋的风光) it stays words. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "一线工友的新春\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("“比赛让我学到了很多。”甄海洋说。", ["甄海洋"]),
        ("“比赛让我学到了很多。”焊工甄海洋说。", ["甄海洋"]),
        ("“比赛让我学到了很多。”祝胜利笑着说。", ["祝胜利"]),
        ("“比赛让我学到了很多。”柴和平告诉记者。", ["柴和平"]),
        ("区总工会领导谷丽萍、甄海洋出席闭幕式。", ["谷丽萍", "甄海洋"]),
    ],
)
def test_a_worded_given_name_after_a_rarer_surname_with_a_second_signal_is_a_person(body, names):
    assert _people(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "会上，党建工作等议题被反复讨论。",
        "“这是我们的骄傲。”劳动者代表说。",
        "车间开展了季度考核、月度评比等活动。",
    ],
)
def test_words_after_a_rarer_surnames_character_name_no_one(body):
    assert _people(body) == []
