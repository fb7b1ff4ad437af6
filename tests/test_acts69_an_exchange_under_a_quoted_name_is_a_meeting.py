"""An exchange held under a quoted name (学员们还分组开展了“金点子”交流) is a meeting, part
of the course it is held in; 交流 alone (双方开展了交流) names no event. The tuning gold of
real_dev13 (a course for team leaders). Sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_quoted_exchange_in_a_course_is_one_of_its_meetings():
    out = find_activities(
        [
            "3月5日至7日，青禾区建筑行业工会第一期班组长培训班在区职工服务中心举办。",
            "学员们还分组开展了“好点子”交流。",
        ]
    )
    assert [(a.category, a.name, a.parent) for a in out][1:] == [
        (Category.meeting, "“好点子”交流", 0)
    ]


def test_an_exchange_without_a_name_is_no_event():
    assert find_activities(["双方开展了交流，气氛热烈。"]) == []
