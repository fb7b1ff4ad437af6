"""A card for an event handed over as a gift (送上…健康体检卡) is a thing given, not the
check-up held; a check-up organised for workers stays one. Sentences written for these
tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_check_up_card_among_gifts_is_no_check_up():
    found = find_activities(["探望中，镇总工会副主席柯兰为她送上了月饼和健康体检卡。"])
    assert not [a for a in found if "体检" in (a.name or "")]


def test_a_check_up_card_heading_a_list_of_gifts_is_no_check_up():
    found = find_activities(["探望中，乡工会给老人带去健康体检卡、暖冬礼包和慰问金。"])
    assert not [a for a in found if "体检" in (a.name or "")]


def test_a_check_up_organised_for_workers_is_an_event():
    found = find_activities(["9月12日，镇总工会组织150名保洁员开展免费健康体检。"])
    assert [a for a in found if "健康体检" in (a.name or "")]
