"""A year's totals closing a yearbook entry, session 35 (acts21). 2022年，…举办…合唱比赛；
组织开展职工读书月活动…。全年共开展各类职工文体活动260余场次，参与职工8万余人次: the
totals of the year's events, not the count of the last one read. Shapes read on real pages
(a county union's and two city unions' yearbook entries); sentences written for these
tests (invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

ENTRY = "2022年，桐溪市总工会举办全市职工合唱比赛，58支代表队参赛；组织开展“书香职工”读书活动。"


def _counts(text: str) -> dict[str, int | None]:
    return {
        d.name: d.participants.count if d.participants else None for d in find_activities([text])
    }


def test_a_years_totals_are_not_the_count_of_the_last_event():
    counts = _counts(ENTRY + "全年共开展各类职工文体活动260余场次，参与职工8万余人次。")
    assert counts == {"全市职工合唱比赛": 58, "“书香职工”读书活动": None}


def test_a_count_told_of_the_event_itself_stays():
    counts = _counts(ENTRY + "读书活动共有3000余名职工参与。")
    assert counts["“书香职工”读书活动"] == 3000
