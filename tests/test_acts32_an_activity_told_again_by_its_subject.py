"""A sentence whose subject is the activity just read (活动邀请某医院医生为200余名环卫工人
义诊) tells that activity's work: a mention of its kind there is that activity told again,
not a second one. On sentences written for these tests (invented unions and hospitals)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def test_a_clinic_told_again_by_its_subject_is_the_clinic_read():
    out = found(
        "7月5日，桐江街道总工会举办“清凉送健康”义诊活动。"
        "活动邀请市第三医院医生为200余名环卫工人义诊。"
    )
    assert [a.name for a in out] == ["“清凉送健康”义诊活动"]
    assert out[0].participants is not None and out[0].participants.count == 200


def test_a_campaign_told_by_its_subject_in_the_next_paragraph_keeps_its_parts():
    out = found(
        "5月，区总工会在机关干部中开展“比学赶超”主题活动。",
        "此次主题活动重点开展“走进一线”大调研和“学理论”大研讨。",
    )
    assert [(a.name, a.parent) for a in out] == [
        ("“比学赶超”主题活动", None),
        ("“走进一线”大调研", 0),
        ("“学理论”大研讨", 0),
    ]


def test_a_round_with_a_day_of_its_own_stays_a_round():
    out = found("7月5日，桐江街道总工会举办义诊活动。活动于7月9日又为100余名快递员义诊。")
    assert len(out) == 2


def test_an_activity_of_another_kind_within_it_stays_its_own():
    out = found("7月5日，桐江街道总工会举办“清凉送健康”义诊活动。活动期间还开展了法律咨询。")
    assert [a.name for a in out] == ["“清凉送健康”义诊活动", "法律咨询"]


def test_a_named_activity_of_the_same_kind_stays_its_own():
    out = found("5月，区总工会开展“安康杯”知识竞赛。此次活动还举办了“金牌工匠”技能竞赛。")
    assert [a.name for a in out] == ["“安康杯”知识竞赛", "“金牌工匠”技能竞赛"]
