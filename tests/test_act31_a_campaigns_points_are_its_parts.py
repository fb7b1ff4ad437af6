"""A campaign reported in a paragraph of its own, then what the union did under it a point
a paragraph (一是…二是…), has each point's activity as its part (parent). A paragraph after
the points that opens with no ordinal (据统计…) is no point. The tuning gold of real_dev31
(s59 act31). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_PARAGRAPHS = [
    "春节前夕，青山区总工会扎实开展2025年元旦春节送温暖活动。",
    "一是领导带队走访慰问。1月20日至24日，区总工会主席带队走访慰问困难职工210人。",
    "二是举办职工迎新春书法展。1月22日，区总工会在区文化馆举办职工迎新春书法展。",
    "据统计，2024年度，区总工会共开展各类帮扶慰问活动29场次，惠及职工5100余人。",
]


def test_the_points_of_a_campaign_are_its_parts():
    found = find_activities(_PARAGRAPHS)
    assert found[0].name == "2025年元旦春节送温暖活动"
    parts = [d for d in found if d.paragraph in (1, 2)]
    assert parts and all(d.parent == 0 for d in parts)


def test_a_paragraph_after_the_points_is_no_part():
    tally = [d for d in find_activities(_PARAGRAPHS) if d.paragraph == 3]
    assert tally and all(d.parent is None for d in tally)


def test_points_under_no_campaign_have_no_parent():
    found = find_activities(_PARAGRAPHS[1:3])
    assert found and all(d.parent is None for d in found)
