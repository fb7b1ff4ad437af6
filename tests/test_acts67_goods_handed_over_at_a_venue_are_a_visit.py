"""A union that hands goods to a group at a venue it names (某区总工会在某街道户外劳动者
驿站为环卫工人送上绿豆汤) went there to give them: a visit, held at that venue, as goods
taken after a going verb are. A span that names no venue (在全区范围内, 在节日期间) is no
place gone to. Real pages of s51 acts67 (summer drinks and winter meals handed out at
workers' stations) and the tuning gold of real_dev16 (a photo caption). Sentences
written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_goods_handed_over_at_a_station_are_a_visit_there():
    out = find_activities(
        ["7月20日，青禾区总工会在南岭街道户外劳动者驿站为环卫工人送上绿豆汤和藿香正气水。"]
    )
    assert [(a.category, a.place) for a in out] == [(Category.visit, "南岭街道户外劳动者驿站")]


def test_goods_handed_over_with_no_venue_stay_a_gift():
    out = find_activities(["7月20日，青禾区总工会为环卫工人送上绿豆汤和藿香正气水。"])
    assert [a.category for a in out] == [Category.other]


def test_a_span_of_time_is_no_venue_gone_to():
    assert find_activities(["青禾区总工会在节日期间为环卫工人送上绿豆汤。"]) == []
