"""Places of activities on real-page shapes, session 13 (issue 11): an activity dated
after 于 and placed in the next clause (…报告会于5月6日，在市技师学院举行); a building
named by its use (员工楼) and a labour market (劳务市场) are venues. One behaviour each,
on sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_meeting_dated_after_yu_is_held_at_the_venue_of_the_next_clause():
    sentence = "第二场事迹报告会于6月12日，在青川市职业技术学院举行，五百余名师生聆听。"
    assert _place(sentence, "第二场事迹报告会") == "青川市职业技术学院"


def test_a_building_named_by_its_use_is_a_venue():
    sentence = "4月9日，青川市总工会法律服务活动在青川市柳岸区职工公寓楼举行。"
    assert _place(sentence, "法律服务活动") == "青川市柳岸区职工公寓楼"


def test_a_labour_market_is_a_venue():
    sentence = "区总工会在柳岸镇劳务市场举办农民工法律咨询活动。"
    assert _place(sentence, "农民工法律咨询活动") == "柳岸镇劳务市场"
