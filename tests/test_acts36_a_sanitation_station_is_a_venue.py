"""Places of activities (s38 acts36): a district's or town's sanitation station (区环卫所,
镇环卫所) is where unions launch their campaigns for outdoor workers and visit them; the
recogniser reads no entity in the name and no venue noun ended it, so the place was lost.
Near miss: 所 alone ends no venue (在所属企业开展…: the union's member companies).
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_summer_campaign_launched_at_a_sanitation_station():
    sentence = "7月5日，青禾区总工会“夏送清凉”活动在区环卫所启动。"
    assert _place(sentence, "“夏送清凉”活动") == "区环卫所"


def test_a_visit_at_a_town_sanitation_station():
    sentence = "1月8日，青禾镇工会在镇环卫所举办迎新春座谈会。"
    assert _place(sentence, "迎新春座谈会") == "镇环卫所"


def test_member_companies_are_no_venue():
    sentence = "7月5日，青禾区总工会在所属企业开展“夏送清凉”活动。"
    assert _place(sentence, "“夏送清凉”活动") is None
