"""Activities of real pages, round 3 of session 14 (issue 11): a campaign a news lead
reports after a clause of a festival's season (新春佳节来临之际，…开展…活动; 春节前后，…;
“五一”前夕，…) was held in that season, not still running; a plan or a launch in the
same frame stays planned or running. Sentences written for these tests (invented units
and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def statuses(*paragraphs: str):
    return [(a.name, a.status) for a in find_activities(list(paragraphs))]


def test_a_campaign_after_a_festival_season_clause_was_held():
    assert statuses("中秋佳节来临之际，梧岭区总工会积极筹措资金，全面开展“双节送温暖”活动。") == [
        ("“双节送温暖”活动", Status.held)
    ]


def test_a_campaign_around_the_spring_festival_was_held():
    assert statuses("春节前后，青崖县总工会联合县电影公司开展送电影进工地活动。") == [
        ("送电影进工地活动", Status.held)
    ]


def test_a_plan_in_the_same_frame_stays_planned_beside_one_held():
    assert statuses(
        "端午节前夕，青崖县总工会开展“粽香送安康”活动。",
        "中秋节前夕，县总工会还将开展“月满工地”活动。",
    ) == [("“粽香送安康”活动", Status.held), ("“月满工地”活动", Status.planned)]
