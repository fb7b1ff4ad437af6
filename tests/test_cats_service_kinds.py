"""Activity categories, s27 (issue 11): a screening a union pays for (“两癌”筛查) is a
check-up of kind other when reported held on its day, the union's programme (a campaign)
when planned, started or totalled for a year. Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def kinds(sentence: str) -> list[Category]:
    return [a.category for a in find_activities([sentence])]


@pytest.mark.parametrize(
    "sentence",
    [
        "3月9日，柳塘区总工会在区妇幼保健院为三百名女环卫工人开展“两癌”免费筛查。",
        "近日，青禾县总工会为全县八百名一线女职工免费进行了“两癌”筛查。",
    ],
)
def test_a_screening_held_on_its_day_is_an_event_of_kind_other(sentence):
    assert kinds(sentence) == [Category.other]


def test_a_screening_still_to_come_is_the_unions_programme():
    sentence = "其间，岚山市总工会将为五千名女职工提供免费“两癌”筛查。"
    assert kinds(sentence) == [Category.campaign]


def test_a_screening_totalled_for_the_year_is_the_unions_programme():
    assert kinds("镇总工会全年组织女职工“两癌”免费筛查。") == [Category.campaign]


def test_a_screening_service_gathered_under_a_head_and_held_is_of_kind_other():
    sentence = "5月6日，柳塘区总工会在区人民医院组织开展女职工“两癌”筛查服务活动。"
    assert kinds(sentence) == [Category.other]


def test_a_screening_programme_started_stays_a_running_campaign():
    out = find_activities(["2024年柳塘区女职工免费“两癌”筛查活动正式启动。"])
    assert [(a.category, a.status.value) for a in out] == [(Category.campaign, "ongoing")]
