"""Activities counted by their people (issue 11, session 31): a course held with some
bodies (联合六家企业举办培训班) and then said to train so many (培训职工八百余人次) is
counted by those trained, not by the bodies it was held with; the shape of yearbooks'
and union sites' training reports read on real pages (bodies or classes first, the
people trained after). Sentences written for these tests (invented places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def counts(*paragraphs: str):
    return [
        (a.name, a.participants.count, a.participants.unit.value) if a.participants else None
        for a in find_activities(list(paragraphs))
    ]


def test_a_course_held_with_bodies_is_counted_by_those_it_trained():
    assert counts("1987年，柳溪县总工会联合五家企业举办钳工技术培训班，培训职工六百余人次。") == [
        ("钳工技术培训班", 600, "person_times")
    ]


def test_a_planned_night_school_is_counted_by_those_it_will_train():
    assert counts(
        "今年，工作室将联合园区内三家建筑企业开设“瓦工夜校”，计划培训农民工四百人次。"
    ) == [("“瓦工夜校”", 400, "person_times")]


def test_a_meeting_counted_by_bodies_alone_keeps_that_count():
    assert counts("青河市总工会召开职工书屋建设经验交流会，十九个基层工会的主席参加了会议。") == [
        ("职工书屋建设经验交流会", 19, "organisations")
    ]


def test_a_contest_keeps_its_teams_when_people_are_counted_after():
    found = counts("近日，石桥区总工会举办职工拔河比赛，十四支代表队参赛，二百余名职工到场助威。")
    assert found[0][1:] == (14, "teams")
