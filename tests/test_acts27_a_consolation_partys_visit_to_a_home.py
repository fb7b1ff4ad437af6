"""Activities, s36 (acts27): a consolation party named as such (慰问组, 慰问团) going to a
site or a worker's home is a delegation's visit, as 某某一行来到… is: 慰问团来到某公司，
看望一线职工 and 慰问组来到某街道困难职工某某家中 are visits (real_dev7's gold has the
second). The place of a home visit is the locality printed before the people, or none.
Going home (他回到家中) and a plain subject's going (领导来到某公司) are no such visit.
Sentences written for these tests (invented unions and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize("party", ["慰问团", "慰问组"])
def test_a_consolation_party_going_to_a_site_visits(party):
    found = find_activities([f"1月5日，市总工会{party}来到青禾汽车集团，看望一线职工。"])
    assert [a.category for a in found] == [Category.visit]
    assert found[0].place == "青禾汽车集团"


def test_a_visit_to_a_workers_home_is_placed_at_its_locality():
    found = find_activities(["1月10日，慰问组来到青禾区柳桥街道困难职工周长河家中。"])
    assert [(a.category, a.place) for a in found] == [(Category.visit, "青禾区柳桥街道")]


def test_a_home_told_by_its_people_only_has_no_place():
    found = find_activities(["慰问组先后来到困难职工吴桂珍和困难劳模郑秀山家中。"])
    assert [(a.category, a.place) for a in found] == [(Category.visit, None)]


def test_going_home_is_no_visit():
    assert find_activities(["下班后，他回到家中。"]) == []
