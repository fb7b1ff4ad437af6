"""Activities, s33 (issue 11): a meeting's report that tells a contest and its entrants
in one sentence (开展“…”劳动竞赛，参赛职工达12万人) gives the entrants to the contest, not to
the meeting read before it; the meeting keeps those who attended it. A sentence of
joiners naming no activity of its own still counts the one read before it. Sentences
written for these tests (invented unions and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_contests_entrants_told_in_a_meeting_are_not_the_meetings():
    meeting, contest = find_activities(
        [
            "1月22日，青禾市总工会十届三次全委（扩大）会议在市级机关会议中心召开。",
            "会上，林一舟作工作报告。他说，全市各级工会组织开展“建功新时代”劳动竞赛，参赛职工达12万人。",
            "市总工会十届委员会委员、各区县总工会负责人共150人参加会议。",
        ]
    )
    assert meeting.category == Category.meeting and contest.category == Category.competition
    assert meeting.participants is not None and meeting.participants.count == 150
    assert contest.participants is not None and contest.participants.count == 120000


def test_joiners_told_with_no_activity_of_their_own_count_the_one_before():
    (games,) = find_activities(
        ["5月9日，柳河县第三届职工运动会在县体育场开幕。全县十六个代表队的六百余名职工参赛。"]
    )
    assert games.participants is not None
