"""A series launched at a venue in a sentence that says its launch ceremony and first
round were taken part in (…系列活动在某公园启动，近千名职工参加了启动仪式和首场健步走):
the venue is that round's, the series has none of its own, its later rounds going
elsewhere, as it is when the ceremony is told in a later sentence (…出席启动仪式). Issue
13, s47 (real_dev2's gold; real pages of unions' walks launched at a park, its first
walk round the park). Sentences written for these tests (invented bodies and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_LAUNCH = (
    "4月24日上午，2024年青禾区“职工健步走”系列活动在柳河湿地公园启动，"
    "全区近千名职工参加了启动仪式和首场健步走。"
)


def test_the_launch_round_takes_the_venue_and_the_series_none():
    found = find_activities([_LAUNCH, "系列活动将持续至10月底，9月还将举办团队决赛。"])
    places = {a.category.value: a.place for a in found if a.category.value != "competition"}
    assert places == {"campaign": None, "other": "柳河湿地公园"}


def test_a_series_launched_with_no_round_told_keeps_its_venue():
    found = find_activities(["4月24日上午，2024年青禾区“职工健步走”系列活动在柳河湿地公园启动。"])
    assert [(a.category.value, a.place) for a in found] == [("campaign", "柳河湿地公园")]
