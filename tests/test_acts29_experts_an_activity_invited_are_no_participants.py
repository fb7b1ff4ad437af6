"""邀请10名专家为职工义诊，共服务职工300余人次: the experts an activity invited serve it as
guests; those they served are the ones taking part, as the real pages of s37 report free
clinics and law days. Those the activity gathered as its own (邀请30名劳模代表参加座谈会)
and volunteers it sent (组织20名律师志愿者…开展) still count. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _count(text: str) -> tuple[int, str] | None:
    [activity] = find_activities([text])
    held = activity.participants
    return (held.count, held.unit.value) if held else None


def test_those_served_after_invited_experts_are_the_count():
    text = (
        "5月8日，区总工会在区工人文化宫举办义诊活动，邀请10名专家为职工义诊，共服务职工300余人次。"
    )
    assert _count(text) == (300, "person_times")


def test_lawyers_brought_in_are_no_count_of_a_law_day():
    text = "5月8日，区总工会举办法律咨询活动，请来3位律师现场解答，服务农民工80余人次。"
    assert _count(text) == (80, "person_times")


def test_a_lecture_with_only_its_invited_experts_counted_has_no_count():
    assert _count("5月8日，区总工会举办健康讲座，邀请3名专家授课。") is None


def test_model_workers_invited_to_a_meeting_take_part_in_it():
    assert _count("5月8日，区总工会邀请30名劳模代表参加座谈会。") == (30, "people")


def test_volunteers_sent_by_the_union_still_count():
    text = "5月8日，市总工会组织20名律师志愿者在人民广场开展法律咨询活动。"
    assert _count(text) == (20, "people")


def test_doctors_invited_from_a_named_hospital_are_no_count_either():
    text = "5月8日，区总工会开展义诊活动，邀请市人民医院8名医生为环卫工人免费体检，共体检环卫工人210名。"
    assert _count(text) == (210, "people")
