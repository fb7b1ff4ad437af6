"""Places of activities, session 29 (issue 11): a place set out after the event in a
clause of its own (…联赛开幕，比赛地点在市体育中心; …，地点设在某党校礼堂) is the event's;
an event held at several places at once (决赛在A、B、C同时举行) is at all of them. Shapes
read on real pages (a city's football contest, notices of unions' contests and forums, a
national contest's final); sentences written for these tests (invented bodies and places).
"""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _place(sentence: str, key: str) -> str | None:
    found = [a for a in find_activities([sentence]) if key in a.name]
    assert found, sentence
    return found[0].place


def test_a_place_set_out_after_a_contest_opening_is_the_contests():
    sentence = "5月20日，南岭市总工会职工篮球联赛开幕，比赛地点在市体育中心。"
    assert _place(sentence, "联赛") == "市体育中心"


def test_a_place_set_out_after_a_talk_is_the_talks():
    sentence = "4月8日，东城区总工会举行劳模宣讲活动，地点设在区委党校礼堂。"
    assert _place(sentence, "宣讲活动") == "区委党校礼堂"


def test_a_place_label_before_no_venue_gives_no_place():
    sentence = "5月20日，南岭市总工会职工篮球联赛开幕，比赛地点在调整之中。"
    assert _place(sentence, "联赛") is None


def test_a_final_held_at_three_cities_at_once_is_at_all_of_them():
    sentence = "9月11日至13日，第六届职工职业技能大赛决赛在青川、岚山、白河同时举行。"
    assert _place(sentence, "决赛") == "青川、岚山、白河"


def test_at_once_after_a_clause_of_work_done_gives_no_place():
    sentence = "区总工会在做好防暑降温工作的同时举办职工趣味运动会。"
    assert _place(sentence, "运动会") is None
