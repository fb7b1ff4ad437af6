"""Places of activities (s39 acts38): a visit's list of sites whose first item holds a
verb inside its name (县消防|救援|大队、交警执勤点、县文化广场等地) was cut to the words
before that verb (县消防), a wrong place; the verb is part of the venue's name when its
item runs on to a venue noun, and no piece ends before it. Real pages of a Guangdong
county union's 送清凉 rounds list the sites so. Near misses: the named place before the
verb of works on a road (青石镇五里村|施工|路段) is still the place, and the brigade alone
is still a place. Likewise an organisation right before a verb opening a relative clause
(走进某街道总工会|建设|的“暖新驿站”、…) built what follows and is no place (the tuning gold
of real_dev4 gives that visit none); the station after 的 alone is the place.
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_list_of_sites_is_not_cut_inside_its_first_name():
    sentence = (
        "7月3日，临江县总工会慰问组先后赶赴县消防救援大队、交警执勤点、县文化广场等地，"
        "为高温作业群体送去清凉慰问。"
    )
    assert _place(sentence, "慰问组") != "县消防"


def test_the_brigade_alone_is_the_place():
    sentence = "7月3日，区总工会慰问组来到县消防救援大队，为消防员送去清凉。"
    assert _place(sentence, "慰问组") == "县消防救援大队"


def test_the_named_place_of_road_works_is_kept():
    sentence = "7月2日，区总工会来到青石镇五里村施工路段，慰问筑路工人。"
    assert _place(sentence, "慰问") == "青石镇五里村"


def test_the_union_that_built_the_sites_is_no_place():
    sentence = (
        "调研组走进青禾区大良街道总工会建设的“暖新驿站”、美团青禾南海站点和货拉拉青禾分公司，"
        "与外卖骑手、网约货车司机座谈。"
    )
    assert _place(sentence, "座谈") != "青禾区大良街道总工会"


def test_the_station_a_union_built_is_the_place():
    sentence = "调研组走进青禾区总工会建设的“暖新驿站”，与外卖骑手座谈。"
    assert _place(sentence, "座谈") == "“暖新驿站”"
