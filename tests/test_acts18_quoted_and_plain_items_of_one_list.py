"""Activities, s34 (issue 11): a summary's list closed by 等 that mixes quoted and plain
items (先后开展了“金秋助学”、职工技能大赛和“夏送清凉”等活动) is cut at the marks
outside the quotes: each item one activity, a plain one too, and a quoted word opening an
item's name stays in it (“五一”职工篮球赛); quoted items printed one after the other
(“金秋助学”“夏送清凉”等) are still one each. Sentences written for these tests (invented
unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "今年以来，柳河区总工会先后开展了“金秋助学”、职工技能大赛和“夏送清凉”等活动。",
            ["“金秋助学”", "职工技能大赛", "“夏送清凉”"],
        ),
        (
            "青禾县总工会先后举办了“阳光助学”、“五一”职工篮球赛、职工读书会等活动。",
            ["“阳光助学”", "“五一”职工篮球赛", "职工读书会"],
        ),
        (
            "五一前夕，柳河林业局工会先后举办“青禾杯”越野赛及“安全生产”知识竞赛等活动。",
            ["“青禾杯”越野赛", "“安全生产”知识竞赛"],
        ),
    ],
)
def test_plain_items_between_quoted_ones_are_activities(paragraph, names):
    assert [a.name for a in find_activities([paragraph])] == names


def test_quoted_items_one_after_the_other_are_one_each():
    paragraph = "柳河区总工会先后开展了“金秋助学”“夏送清凉”等活动。"
    assert [a.name for a in find_activities([paragraph])] == ["“金秋助学”", "“夏送清凉”"]
