"""An activity whose next clause gives it a weekly or monthly schedule (开设了“某课堂”
云课堂，每周二晚上直播一期; …志愿服务活动，每个周末清理责任河段) runs on from its
start: ongoing, not held. A clause about something else (每支代表队, 每位职工), an
event dated to a day, and a visit keep their status."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def statuses(sentence: str) -> list[Status]:
    return [a.status for a in find_activities([sentence]) if a.category != Category.visit]


@pytest.mark.parametrize(
    "sentence",
    [
        "考虑到不少快递员下班较晚，某县总工会还开设了“骑手课堂”网上课堂，每周二晚上直播一期。",
        "街道总工会组织辖区二十家企业的八百余名职工志愿者开展“护河清洁”志愿服务活动，"
        "每个周末清理责任河段。",
        "某区总工会在区职工服务中心设立法律咨询窗口，每月由两名律师轮流值班。",
        "某市总工会推出“劳模讲堂”，每月一期，邀请劳模工匠讲述奋斗故事。",
    ],
)
def test_an_activity_on_a_weekly_or_monthly_schedule_is_ongoing(sentence):
    assert statuses(sentence) == [Status.ongoing]


@pytest.mark.parametrize(
    "sentence",
    [
        "某县总工会举办职工羽毛球比赛，每支代表队由五名队员组成。",
        "某区总工会举办了一期心理健康讲座，每位参训职工领到一本手册。",
        "6月3日，某区总工会在区职工服务中心举办职工插花讲座，每周四开放的职工书屋也迎来不少读者。",
        "某区总工会举办了一期心理健康讲座。每周三，区职工服务中心还安排心理咨询师坐班。",
    ],
)
def test_a_clause_about_something_else_or_a_dated_event_keeps_it_held(sentence):
    assert statuses(sentence)[0] == Status.held


def test_a_visit_followed_by_a_monthly_habit_stays_held():
    sentence = "5月8日，某区总工会主席孙立平走访慰问了环卫工人，每月为他们送去防暑用品。"
    visits = [a for a in find_activities([sentence]) if a.category == Category.visit]
    assert visits and all(v.status == Status.held for v in visits)
