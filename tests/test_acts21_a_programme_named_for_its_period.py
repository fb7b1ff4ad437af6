"""A programme named for the period it runs, session 35 (acts21). 组织开展职工读书月活动,
开展工会就业服务月活动: a month, week or season a union names its programme by is a name of
its own, though it is not quoted, so the programme is an activity (it was read as a bare
活动 and dropped). A month or a week that is only a time (五月活动, 本月活动, 每周活动)
names nothing. Shapes read on real pages (a county union's 五一 round-up, a city union's
notice of a fitness month, service months of two city unions); sentences written for these
tests (invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [d.name for d in find_activities([text])]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "2022年，桐溪市总工会组织开展职工读书月活动，评出“书香职工”100名。",
            "职工读书月活动",
            id="a_reading_month",
        ),
        pytest.param(
            "南岭区总工会近日开展工会就业服务月活动，为求职者提供岗位。",
            "工会就业服务月活动",
            id="a_jobs_month",
        ),
        pytest.param(
            "6月，桐溪县总工会在全县开展安全生产宣传周活动。",
            "安全生产宣传周活动",
            id="a_safety_week",
        ),
    ],
)
def test_a_programme_named_for_its_period_is_an_activity(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("桐溪县总工会组织开展五月活动，职工踊跃参加。", id="a_month_by_number"),
        pytest.param("南岭区总工会组织开展本月活动，职工踊跃参加。", id="this_month"),
        pytest.param("桐溪县总工会坚持开展每周活动，职工踊跃参加。", id="every_week"),
    ],
)
def test_a_time_before_a_bare_activity_names_none(sentence):
    assert _names(sentence) == []
