"""Events a verb with 了 reports under a time since which a union has worked, session 37
(acts28). 今年以来，某区总工会先后举办了A、B和C: the course, the talk and the contest were
held; 今年以来 sums the year up, it does not make them run (they were read ongoing, each
item of the list too). real_dev2's gold reads 今年以来举办了交谊舞学习班 held. Shapes read
on real pages (a Hubei company union's year of skills contests, a county union's year of
courses, a city union's round-up of a spring's events); sentences written for these
tests (invented bodies). A campaign so reported, a running word that is no time since
(持续), and an event with no 了 still run."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def _statuses(paragraph: str) -> dict[str, Status]:
    return {d.name: d.status for d in find_activities([paragraph])}


def test_each_item_of_a_list_held_since_the_year_began() -> None:
    found = _statuses(
        "今年以来，梧桐区总工会先后举办了工会干部业务培训班、职工心理健康讲座和女职工权益知识竞赛。"
    )
    assert found == {
        "工会干部业务培训班": Status.held,
        "职工心理健康讲座": Status.held,
        "女职工权益知识竞赛": Status.held,
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("5月以来，青川县总工会举办了2024年新任工会主席培训班。", id="month_since"),
        pytest.param(
            "柳岸机械厂工会今年以来举办了青工摄影学习班，参加的青工有八十多人。", id="no_comma"
        ),
    ],
)
def test_one_event_held_since(paragraph: str) -> None:
    assert set(_statuses(paragraph).values()) == {Status.held}


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("今年以来，梧桐区总工会开展了“送法进企业”活动。", id="a_campaign_runs"),
        pytest.param("今年以来，梧桐区总工会在全区开展“安康杯”竞赛。", id="no_le"),
        pytest.param("梧桐区总工会持续举办了职工心理健康讲座。", id="a_running_word"),
    ],
)
def test_still_running(paragraph: str) -> None:
    assert set(_statuses(paragraph).values()) == {Status.ongoing}
