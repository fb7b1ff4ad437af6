"""A name whose surname is far more often a word (车, 易) right after an occupation,
jieba reading the surname alone and the given name as a rarer word, closed by a word
that follows names but no verb of saying (操作工车立新率先发言, 司炉工易成才也收到了
慰问品). A function word or a frequent word after the occupation (电工向记者介绍, 驾驶员
和职工们一起, 电工易发生触电) names no one. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "一线职工座谈会上说心声\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("来自九江石化公司的操作工车立新率先发言。", "车立新"),
        ("调度员时海峰和司炉工易成才也收到了慰问品。", "易成才"),
    ],
)
def test_a_worded_surname_and_a_rarer_given_name_after_an_occupation_is_a_person(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(
    "body",
    [
        "座谈会上，电工向记者介绍了班组的做法。",
        "座谈会后，驾驶员和职工们一起合影。",
        "雨天作业时，电工易发生触电事故。",
    ],
)
def test_a_function_word_or_a_frequent_word_after_an_occupation_names_no_one(body):
    assert _people(body) == []
