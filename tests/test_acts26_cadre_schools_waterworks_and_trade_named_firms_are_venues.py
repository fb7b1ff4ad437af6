"""Places of activities, session 36 (acts26), on sentences written for these tests
(invented bodies and places) in shapes read on real pages: a union's cadre school (市总
干校), a waterworks (某水务集团某水厂) and a firm known by its trade word (某某酿造, 某某
药业) are venues the recogniser ends with a plain noun or a verb, so the place was lost.
Near misses: a brewing or a drug maker's word used as a verb or a trade, not closing a
name after a frame of place, keeps no place."""

from __future__ import annotations

import pytest

from tests.conftest import place_of_mention as _place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        pytest.param(
            "4月12日至13日，青川街道工会干部培训班在市总干校举办，52名基层工会干部参加。",
            "青川街道工会干部培训班",
            "市总干校",
            id="a_course_at_the_city_unions_cadre_school",
        ),
        pytest.param(
            "培训期间，学员们前往市水务集团南湖水厂参观学习，了解职工之家建设情况。",
            "参观学习",
            "市水务集团南湖水厂",
            id="a_visit_to_a_waterworks",
        ),
        pytest.param(
            "4月13日下午，学员们还到禾丰酿造开展现场教学。",
            "现场教学",
            "禾丰酿造",
            id="a_lesson_on_site_at_a_brewer",
        ),
    ],
)
def test_a_cadre_school_a_waterworks_or_a_firm_named_by_its_trade_is_the_place(
    sentence, mention, place
):
    assert _place(sentence, mention) == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        pytest.param(
            "区总工会组织职工开展传统酿造技艺展示活动。",
            "传统酿造技艺展示活动",
            id="brewing_as_a_craft_shown",
        ),
        pytest.param(
            "区总工会在全区开展送清凉活动。",
            "送清凉活动",
            id="a_campaign_across_a_district_keeps_its_district",
        ),
    ],
)
def test_brewing_as_a_craft_is_no_place(sentence, mention):
    place = _place(sentence, mention)
    assert place is None or not place.endswith("酿造")
