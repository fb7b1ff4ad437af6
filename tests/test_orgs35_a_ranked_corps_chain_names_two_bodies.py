"""A post's chain printing a province's fire and rescue corps (总队) and then a city's
detachment (支队) by its own full name names two bodies, the corps and the detachment
with its brigade: a division's full name right after a ranked corps' unit (总队, 支队),
with a kind word before the next suffix, opens the lower unit's own name; a bare
brigade after the division (某市消防救援支队|某区大队) stays one name with it. Invented
speaker lines and sentences."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.ranked_corps import lower_unit_start
from tests.conftest import first_article_positions


def _written(text: str) -> list[str]:
    return [span.written for span in find_org_spans(text)]


def test_a_provinces_corps_before_a_citys_detachment_is_a_body_of_its_own():
    assert _written("全国人大代表、湖南省消防救援总队岳阳市消防救援支队君山区大队大队长") == [
        "湖南省消防救援总队",
        "岳阳市消防救援支队君山区大队",
    ]


def test_a_bare_brigade_after_its_detachment_stays_one_name():
    assert _written("岳阳市消防救援支队君山区大队的指战员们来到现场。") == [
        "岳阳市消防救援支队君山区大队"
    ]


def test_a_bare_district_brigade_after_the_corps_stays_one_name():
    assert _written("湖南省消防救援总队君山区大队大队长") == ["湖南省消防救援总队君山区大队"]


def test_a_captions_bare_brigade_after_the_corps_opens_no_lower_unit():
    assert lower_unit_start("湖南省消防救援总队君山区大队") == 0


def test_a_caption_holds_the_post_at_the_lower_unit():
    found = first_article_positions(
        "代表委员谈队伍建设\n"
        "全国政协委员、湖南省消防救援总队岳阳市消防救援支队君山区大队大队长 罗振宇\n"
        "罗振宇：队员们有了自己的家。"
    )
    assert ("罗振宇", "大队长", "岳阳市消防救援支队君山区大队") in found
