"""Activities of real pages, s14 (issue 11): verbs of news reports before an activity's
name are no part of it: 这标志着…大赛圆满结束, 十组选手晋级决赛, 深化…实践活动; and an
activity that only qualifies a surge (掀起全员健身活动的热潮) is none. Sentences written
for these tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_a_contest_marked_as_closed_is_named_without_the_marking_verb():
    text = "这标志着今年柳岸市职工焊工技能大赛圆满结束。"
    assert names(text) == ["今年柳岸市职工焊工技能大赛"]


def test_a_final_reached_by_teams_is_named_without_the_teams():
    text = "此次活动吸引了80余名职工参与，12组选手晋级决赛。"
    assert all("选手" not in n for n in names(text))


def test_a_programme_to_be_deepened_is_named_without_the_verb():
    text = "下一步，区总工会将持续深化“职工暖心行”实践活动。"
    assert names(text) == ["“职工暖心行”实践活动"]


def test_activities_qualifying_a_surge_are_no_activity():
    text = "全区各级工会借助新建的健身步道，在国庆前后掀起全员健身活动的热潮。"
    assert names(text) == []
