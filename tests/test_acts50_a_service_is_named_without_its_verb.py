"""Activities (s42 acts50): a service given to a group is named by what is given, not by
the giving (为职工开展义诊 → 义诊, as the gold names 首场体检 of 为80余名职工开展首场
体检). Real pages of s42 (city and district unions' free clinics and check-ups for
sanitation and delivery workers). Near misses: a service carried by 进行 was already
named so, and an activity with a trigger of its own keeps its name.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_a_clinic_given_with_kaizhan_is_the_clinic():
    assert _names("7月9日，青禾市总工会联合市人民医院在工业园为职工开展义诊。") == ["义诊"]


def test_a_check_up_given_with_tigong_is_the_check_up():
    assert _names("近日，柳岸镇总工会为环卫工人提供免费体检。") == ["免费体检"]


def test_the_perfective_after_the_verb_goes_too():
    text = "桐江物流公司工会还为司机们开展了免费测血压、测血糖服务。"
    assert _names(text) == ["免费测血压、测血糖服务"]


def test_a_service_carried_by_jinxing_stays_named_so():
    assert _names("5月8日，溪口区总工会组织医生为60余名职工进行了义诊。") == ["义诊"]


def test_an_activity_with_its_own_trigger_keeps_its_verb_free_name():
    assert _names("6月2日，柳河县总工会组织医生开展义诊活动。") == ["义诊活动"]
