"""Activities, s36 (acts25): programmes named in quotes one after another and closed by
a list's head with no 等 (开展了“送温暖”“送清凉”“送助学”活动, 开展“送温暖”、“送清凉”活动) are a
list, one activity a name, as a list closed by 等 is; the round-up then tells each one
again (在“送温暖”活动中，…), which is that programme, not another row. Two quoted
slogans before 主题活动, or quotes opening a contest's name, stay one name. Sentences
written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


@pytest.mark.parametrize(
    "paragraph",
    [
        "今年，青禾县总工会开展了“送温暖”“送清凉”“送助学”活动。",
        "今年，青禾县总工会开展了“送温暖”、“送清凉”、“送助学”活动。",
        "今年，青禾县总工会开展了“送温暖”、“送清凉”和“送助学”活动。",
    ],
)
def test_each_quoted_name_is_one_programme(paragraph):
    found = find_activities([paragraph])
    assert [a.name for a in found] == ["“送温暖”", "“送清凉”", "“送助学”"]
    assert {a.category for a in found} == {Category.campaign}
    assert {a.status for a in found} == {Status.held}


def test_each_programme_told_again_is_the_same_row():
    found = find_activities(
        [
            "今年，青禾县总工会开展了“送温暖”“送健康”“送助学”活动。",
            "在“送温暖”活动中，县总工会共慰问困难职工312户。在“送健康”活动中，县总工会为126名"
            "劳模进行了免费体检。在“送助学”活动中，共为43名困难职工子女发放助学金。",
        ]
    )
    assert [a.name for a in found] == ["“送温暖”", "“送健康”", "“送助学”"]
    assert [a.participants.count if a.participants else None for a in found] == [None, 126, 43]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("柳河区总工会开展“学党史”“跟党走”主题活动。", "“学党史”“跟党走”主题活动"),
        ("柳河区总工会举办“安康杯”“五一”职工技能竞赛。", "“安康杯”“五一”职工技能竞赛"),
    ],
)
def test_quotes_of_one_name_stay_one(paragraph, name):
    assert [a.name for a in find_activities([paragraph])] == [name]
