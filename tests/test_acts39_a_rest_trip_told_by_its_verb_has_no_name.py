"""Names of activities (s39 acts39): a rest trip told by its verb (组织100名劳模赴武当山、
神农架等地疗休养, 组织获奖职工赴江苏苏州疗休养) has no name: the words from 赴 to 疗休养 are a
verb phrase, not a title (the tuning gold of real_dev gives such a trip name null). Real
pages of s39 (Hubei city unions' rounds of model workers' rest trips, an Anhui county's
yearly trips to two resorts). Near miss: a rest programme printed under a quoted name is
named.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[tuple[str, bool, str | None]]:
    return [(a.name, a.titled, a.place) for a in find_activities([text])]


def test_a_trip_to_two_resorts_has_no_name():
    text = "今年7月至9月，市总工会将分四批次组织100名劳模赴武当山、神农架等地疗休养。"
    assert [(titled, place) for _, titled, place in _names(text)] == [(False, "武当山、神农架")]


def test_a_trip_to_a_city_has_no_name():
    text = "东城区总工会将在下半年组织获奖职工赴江苏苏州疗休养。"
    assert [(titled, place) for _, titled, place in _names(text)] == [(False, "江苏苏州")]


def test_a_quoted_rest_programme_is_named():
    assert _names("市总工会举办“劳模疗休养”活动。") == [("“劳模疗休养”活动", True, None)]
