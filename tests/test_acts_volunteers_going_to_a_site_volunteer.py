"""Volunteers a union sends to a site (组织职工志愿者来到某驿站, 带领志愿者走进社区) go there to
serve, so the trip is volunteering, not a visit; a trip to a site by someone who meets
volunteers there (来到某社区看望志愿者) or looks into volunteering (调研志愿服务工作) stays a
visit. Sentences written for these tests (invented places and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def categories(text: str):
    return [(a.name, a.category) for a in find_activities([text])]


def test_volunteers_sent_to_an_elders_station_volunteer():
    assert categories(
        "近日，青禾区总工会组织辖区企业的30名职工志愿者来到柳岸社区养老服务驿站，为老人们理发、测血压。"
    ) == [("来到柳岸社区养老服务驿站", Category.volunteering)]


def test_volunteers_a_model_worker_leads_to_a_rest_station_volunteer():
    assert categories(
        "2月2日，市劳模白一帆带领职工志愿者来到桃溪社区小哥驿站，为快递员提供理发服务。"
    ) == [("来到桃溪社区小哥驿站", Category.volunteering)]


def test_a_chair_who_greets_volunteers_at_a_site_visits():
    assert categories(
        "春节前夕，区总工会主席白一帆来到桃溪社区，看望慰问坚守岗位的青年志愿者。"
    ) == [("来到桃溪社区", Category.visit)]


def test_a_delegation_that_looks_into_volunteering_visits():
    assert categories("5月5日，区总工会一行来到桃溪社区调研志愿服务工作。") == [
        ("来到桃溪社区", Category.visit)
    ]
