"""Activities, s36 (acts25): a contest report sets out its events in a clause opening
with a verb of setting them up (大赛分理论考试和实际操作两部分，设个人赛和团体赛; 比赛设置
个人赛和团体赛): the events are the contest's parts, no contests of their own. A contest
named after the contest read (…同日还举办了职工篮球赛) and a name that merely holds 设
(建设工地劳动竞赛) stay contests. Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities

OPENING = "5月8日，青禾市第二届职工焊工技能大赛在市技师学院开幕。"


@pytest.mark.parametrize(
    "second",
    [
        "大赛分理论考试和实际操作两部分，设个人赛和团体赛。",
        "大赛设置个人赛和团体赛。",
        "比赛设团体赛、个人赛两个项目。",
    ],
)
def test_events_set_up_are_parts(second):
    names = [a.name for a in find_activities([OPENING, second])]
    assert names == ["青禾市第二届职工焊工技能大赛"]


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("同日，市总工会还举办了职工篮球赛。", "职工篮球赛"),
        ("建设工地劳动竞赛同日启动。", "建设工地劳动竞赛"),
    ],
)
def test_other_contests_stay(second, name):
    names = [a.name for a in find_activities([OPENING, second])]
    assert names == ["青禾市第二届职工焊工技能大赛", name]
