"""协商会 is a meeting (a bargaining session), and 开了 is the spoken 召开: a meeting that
opens its clause and 在某日…开了 is held, as one 在某日召开 is. 政治协商会议 stays a body.
The tuning gold of real_dev13 (a union chair's interview). Sentences written for these
tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_meeting_told_held_with_the_spoken_verb():
    out = find_activities(["座谈会在5月12日上午开了整整两个小时。"])
    assert [(a.name, a.category) for a in out] == [("座谈会", "meeting")]


def test_a_bargaining_session_is_a_meeting():
    out = find_activities(["公司工会与行政方召开工资集体协商会，双方签订了协议。"])
    assert [(a.name, a.category) for a in out] == [("工资集体协商会", "meeting")]


def test_the_peoples_political_consultative_conference_holds_no_meeting():
    assert find_activities(["中国人民政治协商会议某市委员会副主席李某出席。"]) == []
