"""Facilities set up at a venue, session 13 (issue 11): a station or home for workers
that a union sets up at a venue its clause names (在某服务中心开设“某某驿站”, 在某物流园
揭牌首个“司机之家”) is an activity held there; a hotline opened (开通…投诉热线) is one
that runs on. One behaviour each, on sentences written for these tests (invented names,
units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _facility(paragraph: str, head: str):
    (found,) = [a for a in find_activities([paragraph]) if head in a.name]
    return found


def test_a_station_opened_at_a_service_centre_is_an_activity_there():
    station = _facility(
        "3.青川市柳岸区总工会在区职工服务中心开设“职工解忧驿站”，每周二由心理咨询师坐班接待职工。",
        "驿站",
    )
    assert station.place == "区职工服务中心"


def test_a_home_for_drivers_unveiled_at_a_logistics_park_is_held_there():
    home = _facility(
        "5月8日，青川市总工会在青川港物流园揭牌首个货车司机“司机之家”，可为过往司机提供休息、淋浴等服务。",
        "司机之家",
    )
    assert home.place == "青川港物流园"


def test_a_hotline_opened_for_a_group_is_an_activity_that_runs_on():
    (hotline,) = [
        a
        for a in find_activities(["今年以来，柳岸县总工会开通快递员权益投诉热线，安排专人接听。"])
        if "热线" in a.name
    ]
    assert hotline.status.value == "ongoing"
