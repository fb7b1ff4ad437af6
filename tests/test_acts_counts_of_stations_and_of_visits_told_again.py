"""Participant counts on real-page shapes, session 25 (issue 11): a count of stations
or homes (依托…个工会驿站) is no count of those taking part; a campaign of visits told
again by its verb with whom it served and how many (此次慰问户外职工…余人次) takes that
count. One behaviour each, on sentences written for these tests (invented names,
units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.vocabulary import Category, Qualifier, Unit


def _named(paragraphs: list[str], word: str):
    (found,) = [a for a in find_activities(paragraphs) if a.name and word in a.name]
    return found


def test_a_count_of_union_stations_is_no_count_of_bodies_taking_part():
    sentence = "本次慰问活动面向环卫工人，依托9个工会驿站、3个司机之家，为户外职工发放防暑用品。"
    assert count(sentence, 0, len(sentence), Category.campaign) is None


def test_a_count_of_bodies_joining_before_a_home_is_still_a_count():
    sentence = "全镇27家企业参加职工之家建设观摩活动。"
    found = count(sentence, 0, len(sentence), Category.campaign)
    assert found is not None
    assert (found[1].value, found[2]) == (27, Unit.organisations)


def test_visits_told_again_by_their_verb_take_the_attendances_counted_after_it():
    campaign = _named(
        [
            "8月3日，青禾县总工会组织工作组到乡镇和重点项目工地开展“清凉送一线”走访慰问活动，"
            "为坚守岗位的职工送去关怀。",
            "据了解，此次慰问一线职工两千余人次，发放防暑用品八百余份。",
        ],
        "清凉送一线",
    )
    assert campaign.participants is not None
    assert (campaign.participants.count, campaign.participants.unit) == (2000, Unit.person_times)
    assert campaign.participants.qualifier == Qualifier.more_than


def test_teams_competing_after_an_opening_ceremony_are_counted_for_the_games_it_opens():
    games = find_activities(
        [
            "6月2日，石湾区第三届职工运动会在石湾体育中心举行开幕式。",
            "本届运动会由区总工会主办，设拔河、跳绳等8个项目，全区26支代表队400余名职工参赛。",
        ]
    )
    (meet,) = [a for a in games if a.name.endswith("职工运动会")]
    (ceremony,) = [a for a in games if a.name.endswith("开幕式")]
    assert meet.participants is not None
    assert (meet.participants.count, meet.participants.unit) == (26, Unit.teams)
    assert ceremony.participants is None


def test_a_clause_of_joiners_after_the_campaign_counts_its_attendances():
    campaign = _named(
        [
            "3月6日，南坪区总工会副主席方立和工作人员走访多家商户，开展“入会暖心”宣传活动。"
            "现场发放宣传折页400份，参与职工180人次。",
        ],
        "入会暖心",
    )
    assert campaign.participants is not None
    assert (campaign.participants.count, campaign.participants.unit) == (180, Unit.person_times)
