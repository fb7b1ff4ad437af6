"""Homes of the old and hospitals as an activity's venue (issue 11), on sentences written
for these tests (invented bodies and places): union volunteers hold festival days at a
named welfare home or old people's home (在某福利院举办…志愿活动, 来到某镇敬老院，开展…),
and health talks at a maternity hospital (在市妇幼保健院举办…讲座); the recogniser reads
a short name of them as no organisation, so the venue noun ends the place. A home named
by its kind alone (走进敬老院, 到敬老院内) is no place."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_volunteer_day_at_a_city_welfare_home_is_held_there():
    sentence = "10月11日，青川市总工会携手民政局工会在市社会福利院举办了一场“爱心敬老”志愿活动。"
    assert _place(sentence, "“爱心敬老”志愿活动") == "市社会福利院"


def test_volunteers_gone_to_a_towns_old_peoples_home_serve_there():
    sentence = (
        "9月28日，县审计局工会组织10名青年志愿者来到南岗镇敬老院，开展“情系老人”志愿服务活动。"
    )
    assert _place(sentence, "“情系老人”志愿服务活动") == "南岗镇敬老院"


def test_a_health_talk_at_the_citys_maternity_hospital_is_held_there():
    sentence = "3月7日，市卫生局在市妇幼保健院举办健康人生专题讲座。"
    assert _place(sentence, "健康人生专题讲座") == "市妇幼保健院"


def test_an_old_peoples_home_named_by_its_kind_alone_is_no_place():
    sentence = "10月9日，区总工会组织志愿者走进敬老院开展“重阳敬老”志愿服务活动。"
    assert _place(sentence, "“重阳敬老”志愿服务活动") is None
