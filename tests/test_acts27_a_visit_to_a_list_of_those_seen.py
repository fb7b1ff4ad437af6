"""Activities, s36 (acts27): a round-up tells a visit by its verb with those seen listed
after it and closed by 等 (元旦春节期间，走访慰问一线环卫工人、保安、快递员等困难职工320人次):
the list is the visit's object, not a list of activities or topics, so the verb stays the
visit's and the count its own. A list of kinds of work closed by 等 (开展走访、慰问等工作)
is still no activity, and a list of sites after the verb is still read as before.
Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    "text",
    [
        "元旦春节期间，走访慰问一线环卫工人、保安、快递员等困难职工320人次。",
        "春节前，青溪县总工会走访慰问了一线环卫工人、保安、快递员等困难职工320人次。",
        "慰问组走访了环卫工人、交警等一线劳动者。",
    ],
)
def test_a_visit_to_listed_groups_is_a_visit(text):
    found = find_activities([text])
    assert [a.category for a in found] == [Category.visit]
    assert found[0].name.endswith(("环卫工人", "走访了环卫工人"))


def test_the_count_after_the_list_is_the_visits():
    found = find_activities(["元旦春节期间，走访慰问一线环卫工人、保安、快递员等困难职工320人次。"])
    assert found[0].participants is not None
    assert found[0].participants.count == 320


def test_a_list_of_kinds_of_work_stays_no_activity():
    assert find_activities(["区总工会将持续开展走访、慰问等工作。"]) == []


def test_a_list_of_sites_is_still_one_visit_to_the_first():
    found = find_activities(["市总工会走访慰问了青禾机械公司、青禾物流公司等企业的困难职工。"])
    assert [a.category for a in found] == [Category.visit]
