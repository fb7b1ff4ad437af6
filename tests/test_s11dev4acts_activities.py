"""Activities on real-page shapes, eighth pass (issue 11, real_dev4): a plan told as
还要 (今年还要举办…) is planned; a drill a union runs for its members (消防应急演练) is a
training. One behaviour each, on sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_an_activity_a_speaker_says_is_still_to_come_this_year_is_planned():
    (contest,) = find_activities(["镇工会主席罗青禾说，今年还要举办职工篮球比赛。"])
    assert contest.status == Status.planned


def test_an_activity_also_held_is_no_plan():
    (contest,) = find_activities(["去年，镇工会还举办了职工篮球比赛。"])
    assert contest.status == Status.held


@pytest.mark.parametrize("drill", ["消防应急演练", "应急演练", "消防演练"])
def test_a_drill_a_union_runs_for_its_members_is_a_training(drill):
    (found,) = find_activities([f"近日，柳塘镇总工会组织辖区48名职工开展{drill}。"])
    assert found.category == Category.training
    assert found.name.endswith(drill)
