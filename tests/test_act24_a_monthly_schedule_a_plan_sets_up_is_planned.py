"""A monthly or weekly schedule a plan sets up (将从下月起每月为环卫工开展一次…体检): what a
union means to do every month from a coming date is planned, as a yearly habit a plan sets
up is (acts23); the 每月 right before the name had read it as a programme already
running. A monthly schedule with no plan before it still runs. Sentences written for
these tests (invented bodies)."""

from __future__ import annotations

from gonghui_build.vocabulary import Status
from tests.conftest import statuses_of


def test_a_monthly_checkup_a_union_will_start_is_planned():
    found = statuses_of("槐阳区总工会表示，将从11月起每月为快递员开展一次免费体检。")
    assert [status for _name, status in found] == [Status.planned]


def test_a_monthly_checkup_with_no_plan_still_runs():
    found = statuses_of("槐阳区总工会每月为快递员开展一次免费体检。")
    assert [status for _name, status in found] == [Status.ongoing]
