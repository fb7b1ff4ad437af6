"""A yearly habit a plan sets up, session 35 (acts23). 决定从明年起每年举办…运动会, 今后将每年
举办…大赛: what a union means to hold every year from now on is planned; the 每年 right
before the name read it as a programme already running, before the plan words were asked.
A yearly habit with no plan before it (每年举办…，已连续举办十届) still runs. Shapes read on
real pages (a city union's decision to make a games yearly, a district union's new series of
contests, round-ups of unions' yearly contests); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.vocabulary import Status
from tests.conftest import statuses_of


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "今后，桐溪区总工会将每年举办职工技能大赛，为职工搭建展示平台。",
            "职工技能大赛",
            id="will_hold_every_year",
        ),
        pytest.param(
            "南岭市总工会拟每年举办一次职工篮球赛。",
            "职工篮球赛",
            id="means_to_hold_every_year",
        ),
    ],
)
def test_a_contest_a_union_will_hold_every_year_is_planned(sentence, name):
    assert statuses_of(sentence) == [(name, Status.planned)]


def test_a_games_decided_yearly_from_next_year_is_planned():
    found = statuses_of("桐溪市总工会决定从明年起每年举办一届职工运动会。")
    assert [status for _name, status in found] == [Status.planned]


def test_a_contest_held_every_year_runs():
    found = statuses_of("桐溪区总工会每年举办职工技能大赛，已连续举办十届。")
    assert found == [("职工技能大赛", Status.ongoing)]


def test_a_programme_running_now_before_a_plan_word_still_runs():
    found = statuses_of("区总工会要以正在开展的“安康杯”竞赛活动为载体，推动安全生产。")
    assert [status for _name, status in found] == [Status.ongoing]


def test_a_count_of_one_edition_is_no_part_of_the_name():
    assert statuses_of("桐溪市总工会决定从明年起每年举办一届职工运动会。") == [
        ("职工运动会", Status.planned)
    ]


def test_an_ordinal_edition_stays_in_the_name():
    found = statuses_of("5月9日，桐溪区第一届职工运动会在区体育馆开幕。")
    assert [name for name, _status in found] == ["桐溪区第一届职工运动会"]


def test_a_congress_term_and_session_stay_in_the_name():
    found = statuses_of("3月5日，桐溪机械厂召开三届二次职工代表大会。")
    assert [name for name, _status in found] == ["三届二次职工代表大会"]
