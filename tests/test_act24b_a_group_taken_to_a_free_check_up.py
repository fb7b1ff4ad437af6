"""Activities, act24b: a union taking a group to a free concrete service (组织辖区60名环卫工人
免费体检), with no 为 before the group, reports the service as an activity, as one given 为
the group is; its count is the group's. Sentences written for these tests (invented
unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_group_taken_to_a_free_check_up_is_an_activity() -> None:
    (found,) = find_activities(["近日，青溪区柳岸街道总工会组织辖区40名环卫工人免费体检。"])
    assert found.name.endswith("免费体检")
    assert found.participants is not None and found.participants.count == 40


def test_a_group_organised_to_study_is_no_service() -> None:
    found = find_activities(["近日，青溪区柳岸街道总工会组织辖区40名环卫工人学习安全知识。"])
    assert all(not a.name.endswith("体检") for a in found)
