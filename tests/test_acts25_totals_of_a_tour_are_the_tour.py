"""Activities, s36 (acts25): a consolation tour told in its lead (…组成4个慰问组，分赴各县
走访慰问…) and then by its totals (截至目前已走访慰问企业87家、职工5300余人) is one visit:
the totals' sentence tells it again. The totals of every level's unions (全区各级工会共
走访慰问…) stay a season's campaign of their own, and a plan read last takes no totals.
Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

LEAD = (
    "2月2日至4日，青禾市总工会班子成员组成4个慰问组，分赴全市9个县市区，走访慰问一线职工、"
    "困难职工和困难劳模。"
)


def test_the_tours_totals_are_the_tour():
    found = find_activities([LEAD, "据介绍，截至目前，市总工会已走访慰问企业67家、职工4300余人。"])
    assert [a.category for a in found] == [Category.visit]
    assert len(found[0].mentions) == 1  # the totals' sentence, told again


def test_every_levels_totals_stay_a_campaign():
    found = find_activities([LEAD, "据统计，全市各级工会共走访慰问困难职工1200户。"])
    assert [a.category for a in found] == [Category.visit, Category.campaign]
