"""A show a union stages for an audience with no trigger of its own (为环卫工人送上一场精彩
的演出): one show, named by the show (演出, 新春演出), not by the verb phrase the gift path
read as goods. On sentences written for these tests (invented unions and sites)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("6月18日，河西区总工会为环卫工人送上一场精彩的演出。", "演出"),
        ("12月9日，青禾市总工会为白塔新区工地的工友们送上了一场新春演出。", "新春演出"),
        ("8月3日晚，柳城区总工会为三百余名建筑工人献上一场精彩的演出。", "演出"),
        ("元宵节当天，桐江县总工会还为坚守岗位的职工带来一场精彩的演出。", "演出"),
    ],
)
def test_a_show_staged_for_an_audience_is_named_by_the_show(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(name, Category.other)]


def test_a_show_with_a_trigger_of_its_own_keeps_its_name():
    out = found("6月18日，河西区总工会为环卫工人送上一场精彩的慰问演出。")
    assert [a.name for a in out] == ["慰问演出"]


@pytest.mark.parametrize(
    "sentence",
    [
        "演出结束后，职工们纷纷与演员合影。",
        "演员们为职工送上一场精彩的演出，赢得阵阵掌声。",
    ],
)
def test_a_show_told_by_no_union_is_no_show_staged(sentence):
    assert found(sentence) == []


def test_goods_sent_by_a_union_are_still_a_gift():
    out = found("日前，河西区总工会为坚守岗位的环卫工人送去防暑降温用品。")
    assert [a.name for a in out] == ["为坚守岗位的环卫工人送去防暑降温用品"]
