"""A visiting group named by its errand of consolation (慰问组, 慰问团) going to a place before a
visit's verb (随后，慰问组又来到某营业部，看望坚守岗位的快递员) is a delegation: the stop is
a visit of its own, as one after 某某一行来到 is. Real pages of s51 acts67 (unions' New
Year rounds told by their 慰问组 and 慰问团) and the tuning gold of real_dev16. Sentences
written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_consolation_group_going_on_to_a_depot_is_a_visit():
    out = find_activities(["随后，慰问组又来到青禾快运南岭营业部，看望坚守岗位的快递员。"])
    assert [a.category for a in out] == [Category.visit]


def test_a_consolation_party_going_to_a_firm_is_a_visit():
    out = find_activities(["慰问团来到南岭机械有限公司，看望一线职工。"])
    assert [a.category for a in out] == [Category.visit]


def test_a_group_that_goes_nowhere_reports_no_visit():
    assert find_activities(["慰问组表示，将把职工的意见带回去。"]) == []
