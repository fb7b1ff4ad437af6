"""Contests taken part in a counted number of times, session 35 (acts23). 先后参加省、市职工
技能大赛十余次, 曾三次参加全国职工职业技能大赛, 多次参加全市职工运动会: a profile's record of
many contests, no one contest the article reports (the build kept each as a contest held).
One contest taken part in, with its year (2014年，他代表公司参加…大赛，…获得一等奖), is one
event: real_dev5's gold keeps it, and so does this build. Shapes read on real pages
(profiles of model workers and craftsmen, a city paper's new-year gathering of craftsmen, a
labour daily's first-person profile); sentences written for these tests (invented people
and bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _names(text: str) -> list[str]:
    return [d.name for d in find_activities([text])]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "数控车工许立峰从业二十年，先后参加省、市职工技能大赛十余次，多次获得一等奖。",
            id="times_after_the_contest",
        ),
        pytest.param(
            "焊工韩晓东曾三次参加全国职工职业技能大赛，2019年获得焊工项目第三名。",
            id="times_before_taking_part",
        ),
        pytest.param(
            "她多次参加全市职工运动会，是厂里有名的长跑能手。",
            id="many_times_before_taking_part",
        ),
    ],
)
def test_contests_taken_part_in_so_many_times_are_no_activity(sentence):
    assert _names(sentence) == []


def test_one_contest_taken_part_in_with_its_year_stays():
    found = _names("2021年，她参加南岭市第五届职工技能运动会，获得茶艺师项目第一名。")
    assert found == ["南岭市第五届职工技能运动会"]


def test_a_contest_held_with_its_count_of_people_stays():
    found = _names("5月9日，桐溪区第三届职工技能大赛举行，三百余名职工参加比赛。")
    assert found == ["桐溪区第三届职工技能大赛"]
