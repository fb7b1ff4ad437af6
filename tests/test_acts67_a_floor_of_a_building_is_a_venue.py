"""A place that ends with a floor of a building (门诊楼三层, 综合楼5楼) is a venue: the
building's noun before the floor ends it, as a room on that floor would (某大厦三楼会议室).
A floor alone (在3层) names no place. The tuning gold of real_dev16 (a hospital union's
station unveiled on a floor of its outpatient block). Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.venue_words import is_venue


def test_a_station_unveiled_on_a_floor_of_a_block_is_held_there():
    out = find_activities(["当天下午，院工会“暖心驿站”在住院楼四层揭牌。"])
    assert [(a.name, a.place) for a in out] == [("“暖心驿站”", "住院楼四层")]


def test_a_floor_numbered_in_digits_after_a_building_is_a_venue():
    text = "在综合楼5楼"
    assert is_venue(text, 1, len(text))


def test_a_floor_alone_is_no_venue():
    text = "在3层"
    assert not is_venue(text, 1, len(text))
