"""A union's decision to hold something, session 35 (acts21). 区总工会决定于5月下旬开展…竞赛,
县总工会决定在“五一”期间开展…系列活动: a notice of what will be held, so planned. 决定
授予…称号 (an award decided) and 宣读表彰决定 (a document read out) plan nothing. Shapes
read on real pages (a county union's 五一 notice, a city union's notice of a fitness month,
a county union's plan of its May Day events); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.vocabulary import Status
from tests.conftest import statuses_of


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "经研究，桐溪区总工会决定于5月下旬在全区开展“安康杯”安全知识竞赛。",
            "“安康杯”安全知识竞赛",
            id="decided_for_a_month",
        ),
        pytest.param(
            "南岭县总工会决定在“五一”期间，开展庆祝“五一”系列活动。",
            "庆祝“五一”系列活动",
            id="decided_for_a_holiday",
        ),
        pytest.param(
            "市总工会决定今年继续举办全市职工乒乓球比赛。",
            "全市职工乒乓球比赛",
            id="decided_for_this_year",
        ),
    ],
)
def test_an_activity_a_union_decided_to_hold_is_planned(sentence, name):
    assert statuses_of(sentence) == [(name, Status.planned)]


def test_a_meeting_where_a_decision_was_read_is_held():
    found = statuses_of("4月28日，桐溪区总工会召开庆“五一”表彰大会，副主席宣读了表彰决定。")
    assert [status for _name, status in found] == [Status.held]


def test_a_contest_held_before_a_decision_to_honour_its_winners_is_held():
    found = statuses_of(
        "5月6日，南岭市职工焊工技能大赛在市技师学院举行，市总工会决定授予前三名“技术能手”称号。"
    )
    assert found == [("南岭市职工焊工技能大赛", Status.held)]
