"""Activities, act25: a session held in groups (分组讨论) told in a sentence opening inside
a meeting read before (大会期间，代表们还分组讨论了…; 会上，代表们…分组讨论) is that
meeting's business, no row of its own; a course's group session told otherwise stays a
row. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_CONGRESS = "11月17日，青溪区总工会第五次代表大会在区会议中心召开，180名代表出席大会。"


def test_group_talks_during_the_congress_add_no_meeting() -> None:
    found = find_activities([_CONGRESS, "大会期间，代表们还分组讨论了今后五年的工作报告。"])
    assert len(found) == 1


def test_group_talks_at_the_meeting_add_no_meeting() -> None:
    found = find_activities([_CONGRESS, "会上，代表们围绕职工队伍建设等议题分组讨论。"])
    assert len(found) == 1


def test_a_courses_group_session_told_otherwise_stays() -> None:
    course = "7月8日，青溪区总工会举办工会干部培训班，60名学员参加。"
    found = find_activities([course, "学员们还进行了分组研讨。"])
    assert len(found) == 2
