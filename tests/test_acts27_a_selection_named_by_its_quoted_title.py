"""Activities, s36 (acts27): a union's selection of model workers named by a quoted title
and 选树 (联合市委宣传部开展“最美劳动者”选树) is a campaign, as “…”选树活动 already was. 选树
is a verb as often (已累计选树工匠116名, 每年选树“某某工匠”20名, 选树了一批先进典型), and
then no activity. Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市总工会联合市委宣传部开展了“最美劳动者”选树。", "“最美劳动者”选树"),
        ("2023年，区总工会开展“青禾工匠”选树，推荐候选人48名。", "“青禾工匠”选树"),
    ],
)
def test_a_quoted_selection_is_a_campaign(text, name):
    found = find_activities([text])
    assert [(a.name, a.category) for a in found] == [(name, Category.campaign)]


def test_a_selection_activity_keeps_its_whole_name():
    found = find_activities(["下一步将在全市开展“青禾工匠”选树活动。"])
    assert [a.name for a in found] == ["“青禾工匠”选树活动"]


@pytest.mark.parametrize(
    "text",
    [
        "市总工会选树了一批先进典型。",
        "五年来，已累计选树工匠一百一十六名。",
        "每年选树“青禾工匠”二十名。",
    ],
)
def test_selecting_as_a_verb_is_no_activity(text):
    assert find_activities([text]) == []
