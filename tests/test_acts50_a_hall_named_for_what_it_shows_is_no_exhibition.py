"""Activities (s42 acts50): a hall named for what it shows (某市规划展览馆, 某市展览馆) is a
building, not an exhibition held: 展览 before 馆 names no activity. It had been read as
one (青禾市规划展览 beside the visit to the hall; 青禾市展览 for the show held in it).
Real pages of s42 (course reports whose students visited a planning exhibition hall).
Near miss: an exhibition held in such a hall is still read, under its own name.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_visit_to_an_exhibition_hall_is_the_visit_alone():
    acts = find_activities(["5月3日，青禾市总工会组织劳模参观了青禾市规划展览馆。"])
    assert [a.category.value for a in acts] == ["visit"]


def test_a_show_held_in_an_exhibition_hall_keeps_its_own_name():
    acts = find_activities(["3月5日，柳岸市总工会在柳岸市展览馆举办职工书画展。"])
    assert [(a.name, a.place) for a in acts] == [("职工书画展", "柳岸市展览馆")]
