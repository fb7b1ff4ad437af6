"""Activities, s36 (acts25): a launch report lists a series' planned items closed by 等
and their count (将开展A、B、C等8项活动, 等六大类活动): each item one planned activity, as
without the count. A count before 项目 (等八个项目的比赛: the events of one sports meet)
makes no activities of the items. Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


@pytest.mark.parametrize("size", ["8项", "八项", "四大类", "4个"])
def test_items_of_a_counted_list_are_planned_activities(size):
    paragraph = (
        "服务月期间，区总工会将开展“法律服务进企业”、职工健康义诊、新就业形态劳动者入会集中"
        f"行动、职工子女暑期托管班等{size}活动。"
    )
    found = find_activities([paragraph])
    assert [a.name for a in found] == [
        "“法律服务进企业”",
        "职工健康义诊",
        "新就业形态劳动者入会集中行动",
        "职工子女暑期托管班",
    ]
    assert {a.status for a in found} == {Status.planned}


def test_a_meets_events_counted_before_xiangmu_are_no_activities():
    paragraph = "青禾县第三届职工运动会在县体育场开幕，设拔河、跳绳、象棋等八个项目的比赛。"
    assert [a.name for a in find_activities([paragraph])] == ["青禾县第三届职工运动会"]
