"""Activities, s44 acts56: a union sending a group to a site to learn (组织…到某工作室交流)
is a visit, though told with 到 and a site named at length; 到 without a group sent, or
before a meeting's name, is no such trip. Sentences written for these tests (invented
unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_group_sent_to_a_studio_to_exchange_is_a_visit():
    (found,) = find_activities(
        ["今年5月，柳河区总工会组织各工作室负责人到青禾镇一家果蔬合作社的工作室交流。"]
    )
    assert found.category.value == "visit"
    assert found.place == "青禾镇"


def test_a_group_sent_to_a_named_studio_to_learn_is_a_visit():
    (found,) = find_activities(["柳河县总工会组织劳模代表到红星机械厂周立创新工作室交流学习。"])
    assert found.category.value == "visit"


def test_reaching_a_place_with_no_group_sent_is_no_trip():
    assert find_activities(["职工们学习到红星机械厂交流学习的经验。"]) == []


def test_a_meeting_named_after_the_trip_verb_stays_a_meeting():
    (found,) = find_activities(["柳河区总工会组织职工到区职工之家参加交流会。"])
    assert found.category.value == "meeting"
