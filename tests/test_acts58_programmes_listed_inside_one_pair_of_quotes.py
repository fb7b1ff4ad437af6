"""Activities, s46 (acts58): a union's programmes listed inside one pair of quotes before
a 等 that closes on no activity's head (做实“春送岗位、夏送清凉、金秋助学、冬送温暖”等
“工”字品牌) are one activity each, when two items or more name one kind by a trigger word;
an item with no trigger (春送岗位) is of its siblings' kind. A quoted list of topics of
mixed kinds, or of none, names no activity. Sentences written for these tests (invented
unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_each_programme_of_a_quoted_brand_list_is_a_campaign():
    found = find_activities(
        ["近年来，青石县总工会持续做实“春送岗位、夏送清凉、金秋助学、冬送温暖”等“工”字品牌。"]
    )
    assert [a.name for a in found] == ["春送岗位", "夏送清凉", "金秋助学", "冬送温暖"]
    assert {a.category for a in found} == {Category.campaign}


@pytest.mark.parametrize(
    "paragraph",
    [
        "县总工会聚焦“技能培训、劳动竞赛、职工维权”等重点，推进各项工作。",
        "县总工会围绕“学习、宣传、贯彻”等环节开展工作。",
    ],
)
def test_a_quoted_list_of_topics_names_no_programme(paragraph):
    assert [a.name for a in find_activities([paragraph])] == []


def test_an_item_told_before_in_quotes_is_that_programme_again():
    found = find_activities(
        [
            "青石县总工会建立“送温暖”活动长效机制，做实“春送岗位、夏送清凉、金秋助学、冬送温暖”"
            "等“工”字品牌。"
        ]
    )
    assert found[0].name.endswith("“送温暖”活动")
    assert [a.name for a in found[1:]] == ["春送岗位", "夏送清凉", "金秋助学"]
