"""Dates of activities on real-page shapes, session 13 round 2 (issue 11): a stage of a
contest reported as a clause that opens with its day (10月19日决赛在某基地举行) is held on
that day; the day is not part of its name. On sentences written for these tests
(invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_final_opening_with_its_day_is_held_on_that_day():
    text = (
        "5月至10月，区总工会联合区人社局举办青禾区第九届职工职业技能大赛，全区2100余名"
        "职工参赛。10月19日决赛在青禾职业技能实训基地举行，六十名选手进入决赛。"
    )
    final = [a for a in find_activities([text]) if "决赛" in a.trigger]
    assert len(final) == 1
    assert (final[0].date.month, final[0].date.day) == (10, 19)
