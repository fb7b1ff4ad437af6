"""Activities, s31 (issue 11): a rest trip to a list of places (组织30名一线劳模赴黄山、
九华山等地疗休养) is found as a trip to one place is, with its count and the places;
a bare 疗休养 with no trip stays no event. Sentences written for these tests (invented
unions; the resorts are ordinary place names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_rest_trip_to_a_list_of_places_is_found_with_its_count():
    (found,) = find_activities(["7月，柳河区总工会组织30名一线劳模赴黄山、九华山等地疗休养。"])
    assert found.category.value == "other"
    assert found.participants.count == 30
    assert found.place is not None and found.place.startswith("黄山")


def test_a_rest_trip_to_one_place_is_still_found():
    (found,) = find_activities(["柳河县总工会组织30名劳模赴青禾湖疗休养。"])
    assert found.place == "青禾湖"


def test_rest_named_as_a_custom_is_no_event():
    assert find_activities(["劳模疗休养向来是柳河县总工会的老传统。"]) == []
