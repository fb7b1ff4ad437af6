"""A phrase that describes whom or where a visit meets (正在休产假的女工, 正在建设中的
项目部) says what they are doing, not that the visit is still going on; a phrase that
describes the activity itself (正在开展的…活动) still makes it ongoing."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def statuses(sentence: str) -> list[Status]:
    return [a.status for a in find_activities([sentence]) if a.category == Category.visit]


@pytest.mark.parametrize(
    "sentence",
    [
        "3月4日上午，某市总工会副主席赵明远一行来到正在建设中的青禾大桥项目部，看望慰问一线职工。",
        "5月9日，某区总工会女职工委员会主任孙晓梅走访慰问了正在住院治疗的纺织女工刘小芳。",
        "7月20日，某县总工会常务副主席周立群一行深入工地，慰问正在高温下作业的建筑工人。",
        "11月2日，某镇总工会主席钱向东看望了仍在岗位上值守的供热工人。",
    ],
)
def test_a_visit_to_people_or_a_site_busy_at_something_was_held(sentence):
    assert statuses(sentence) == [Status.held]


def test_a_visit_said_to_be_going_on_is_still_ongoing():
    sentence = "某区总工会正在走访慰问辖区内的困难职工家庭。"
    assert statuses(sentence) == [Status.ongoing]


def test_an_activity_described_as_going_on_is_ongoing():
    sentence = "各级工会以正在开展的“冬送温暖”活动为契机，走访慰问困难职工。"
    assert Status.ongoing in [a.status for a in find_activities([sentence])]
