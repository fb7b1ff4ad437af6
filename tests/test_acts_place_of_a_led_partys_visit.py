"""Places of activities on real-page shapes, session 13 round 2 (issue 11): a party led
somewhere (某主席带队到某公司，慰问…; 一行到某站，看望…) visits the place its 到 goes to,
closed by the clause's end. On sentences written for these tests (invented names, units
and places)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_party_led_to_a_company_visits_it_in_the_next_clause():
    sentence = (
        "2月3日，青川市总工会副主席柳明远带队到青川远航机械有限公司，慰问节日期间坚守岗位的职工。"
    )
    assert _place(sentence, "慰问") == "青川远航机械有限公司"


def test_a_party_gone_to_a_station_visits_it_in_the_next_clause():
    sentence = "1月20日，区总工会主席一行到青川火车站，看望春运期间值守的安检员。"
    assert _place(sentence, "看望") == "青川火车站"


def test_a_street_culture_station_is_a_venue():
    sentence = "柳岸街道工会五月九日在街道文化站举办职工广播操比赛，辖区八支代表队参赛。"
    assert _place(sentence, "职工广播操比赛") == "街道文化站"


def test_a_list_of_kinds_of_place_gone_round_is_no_place():
    sentence = "宣讲团深入企业车间、建筑工地宣讲八十场。"
    assert _place(sentence, "宣讲") is None
