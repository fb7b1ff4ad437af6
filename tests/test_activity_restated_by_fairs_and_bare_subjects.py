"""Real union-news pages (s23: job fairs, walks, festival fairs of three sources each)
restate the event they just reported: 本场招聘会, 整场招聘会 take the fair up again; a bare
活动 opening its clause (活动在某山举办, 活动吸引了…参与) is the event just read, whatever
its kind; 游园 before 活动 names a fair (kind other), not a campaign. Sentences written
for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_this_session_of_a_fair_is_the_fair_already_read():
    found = find_activities(
        [
            "3月9日，青禾区总工会在青禾区职工服务中心举办“春暖青禾”专场招聘会。",
            "据介绍，本场招聘会共有60多家企业参加，提供岗位2000余个。整场招聘会秩序井然。",
        ]
    )
    assert [d.name for d in found] == ["“春暖青禾”专场招聘会"]
    assert found[0].participants is not None and found[0].participants.count == 60


def test_a_fair_of_its_own_name_later_is_still_a_new_one():
    found = find_activities(
        [
            "3月9日，青禾区总工会在青禾区职工服务中心举办“春暖青禾”专场招聘会。",
            "4月2日，青禾区总工会又举办“夏阳送岗”专场招聘会。",
        ]
    )
    assert len(found) == 2


def test_a_bare_activity_opening_its_clause_gives_the_walk_its_place_and_count():
    found = find_activities(
        [
            "10月8日，柳湾街道总工会举办“秋韵柳湾”职工健步走活动，活动在翠屏山举办。",
            "活动吸引了120余名职工参与。",
        ]
    )
    assert len(found) == 1
    walk = found[0]
    assert walk.category == Category.other
    assert walk.place == "翠屏山"
    assert walk.participants is not None and walk.participants.count == 120


def test_an_activity_held_as_an_object_is_no_back_reference():
    found = find_activities(
        [
            "10月8日，柳湾街道总工会举办“秋韵柳湾”职工健步走活动。",
            "当天下午，柳湾街道总工会还在翠屏山开展了“清凉柳湾”送清凉活动。",
        ]
    )
    assert len(found) == 2
    assert found[0].place is None


def test_a_festival_fair_is_an_event_not_a_campaign():
    found = find_activities(["2月5日下午，桃源镇总工会在镇文化广场举办“闹元宵”职工游园活动。"])
    assert [d.category for d in found] == [Category.other]


def test_a_fair_of_thanks_visits_stays_a_campaign():
    found = find_activities(
        ["7月5日，桃源镇总工会组织“盛夏送清凉”慰问活动，为一线职工送去防暑用品。"]
    )
    assert [d.category for d in found] == [Category.campaign]
