"""Places of activities (s39 acts38): unions see migrant workers home at a city's coach
station before the Spring Festival and visit the staff of its transport hub (某区总工会在
某客运北站开展关爱农民工活动); the recogniser reads the station as plain nouns after the
city (某州|客运|北站), no venue noun ended it, and the place was lost. Near miss: a station
alone (在车站为旅客…) is any station, no place named.
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_send_off_at_a_coach_station():
    sentence = "1月17日上午，江州区总工会在江州客运北站开展“温暖回家路”关爱农民工活动。"
    assert _place(sentence, "关爱农民工活动") == "江州客运北站"


def test_a_desk_at_a_bus_hub():
    sentence = "同日，区总工会在城南公交枢纽站设立咨询台，为农民工提供维权咨询。"
    assert _place(sentence, "咨询台") == "城南公交枢纽站"


def test_a_visit_to_a_railway_station():
    sentence = "2月3日，市总工会慰问组来到青川火车站，看望慰问春运一线职工。"
    assert _place(sentence, "慰问组") == "青川火车站"


def test_a_station_alone_is_no_place():
    sentence = "春运期间，区总工会志愿者在车站开展“暖心春运”志愿服务活动。"
    assert _place(sentence, "“暖心春运”志愿服务活动") is None
