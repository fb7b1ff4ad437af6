"""The patron a frame's 在 names (issue 11), on sentences written for these tests (invented
bodies and places): 某街道总工会在区总工会的指导下成功举办了…, 在…的大力支持下举行了…:
the body before 的 guides or backs the activity, it is no place, and the activity has
none when the sentence prints none. A venue before 的 with no word of patronage after it
(在市总工会的三楼会议室举行) and a venue after 位于…的 stay the place."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_district_union_guiding_a_street_unions_games_is_no_place():
    sentence = "10月18日，南湖街道总工会在青川区总工会的指导下成功举办了首届职工趣味运动会。"
    assert _place(sentence, "首届职工趣味运动会") is None


def test_a_party_committee_backing_a_contest_is_no_place():
    sentence = "10月18日，公司工会在公司党委的关心和支持下举行了职工篮球赛。"
    assert _place(sentence, "职工篮球赛") is None


def test_a_room_of_the_federation_before_de_stays_the_place():
    sentence = "5月6日，区总工会在市总工会的三楼会议室举行职工代表座谈会。"
    place = _place(sentence, "职工代表座谈会")
    assert place is not None and place.endswith("三楼会议室")


def test_a_centre_after_weiyu_de_stays_the_place():
    sentence = "4月26日，区总工会在位于滨江路的区职工服务中心举办了职工书法作品展。"
    assert _place(sentence, "职工书法作品展") == "区职工服务中心"
