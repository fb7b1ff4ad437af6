"""Participant counts and places on real-page shapes, session 27 (issue 11): bodies
honoured at a meeting (表彰了6个奖状单位, 25个单位分获…称号) and the judges of a contest
(5名专家担任评委) are not those taking part, and a contest's judges name no activity; an
audience counted before the honours, and the bodies that join a fair, stay counted; a
venue before 联合举办 (bodies holding it together) is the place, as before 共同举办, and
a body that joins another to hold it (某工会联合某局举办) names none. One behaviour each,
on sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def _activity(paragraph: str, word: str):
    (found,) = [a for a in find_activities([paragraph]) if word in a.name]
    return found


def test_bodies_sharing_an_honour_are_no_participant_count():
    meeting = _activity(
        "近日，柏溪市职工先进表彰会召开，会上共有27个单位、91名个人分获先进集体和先进个人称号。",
        "表彰会",
    )
    assert meeting.participants is None


def test_bodies_listed_after_an_honouring_verb_are_no_participant_count():
    meeting = _activity(
        "4月26日，柏溪区庆祝“五一”表彰会召开，会上表彰了7家五一劳动奖状单位和13个工人先锋号集体。",
        "表彰会",
    )
    assert meeting.participants is None


def test_the_audience_before_the_honours_stays_the_count():
    meeting = _activity(
        "4月26日，柏溪区庆祝“五一”表彰会召开，全区职工代表320余人参加，会上表彰了7个五一劳动奖状单位。",
        "表彰会",
    )
    assert meeting.participants is not None
    assert (meeting.participants.count, meeting.participants.unit) == (320, Unit.people)


def test_judges_of_a_contest_are_no_participant_count():
    contest = _activity("柏溪区总工会举办职工插花技能竞赛，竞赛邀请4名园艺专家担任评委。", "竞赛")
    assert contest.participants is None


def test_a_contests_judges_name_no_activity():
    found = find_activities(["柏溪区总工会邀请农林学院两名教师担任比赛评委，为选手逐一打分。"])
    assert not [a for a in found if "评委" in a.name or "教师" in a.name]


def test_bodies_joining_a_fair_stay_counted():
    fair = _activity("柏溪区总工会举办“春风行动”招聘会，160余家企业参加招聘。", "招聘会")
    assert fair.participants is not None
    assert (fair.participants.count, fair.participants.unit) == (160, Unit.organisations)


def test_a_venue_before_a_joint_holding_is_the_place():
    fair = _activity(
        "9日，柏溪县总工会与县人社局在柳湾公园南门广场联合举办“春风行动”专场招聘会，30余家企业参加招聘。",
        "招聘会",
    )
    assert fair.place == "柳湾公园南门广场"


def test_a_body_joined_to_hold_an_activity_is_no_place():
    fair = _activity(
        "9日，柏溪县总工会联合县人社局举办“春风行动”专场招聘会，30余家企业参加招聘。",
        "招聘会",
    )
    assert fair.place is None
