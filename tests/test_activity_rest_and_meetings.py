"""Rest holidays and plainly named meetings as union reports print them (issue 11), on
sentences written for these tests (invented places and bodies): a union's rest holiday
(疗休养) for model workers is an event of its own kind, whether told as a trip or named
as a programme, and its bare name in a remark on the work is no event; a committee
session numbered by term (二届一次委员会议) and a meeting where union heads report on
their year (述职会) are meetings; visits counted for the unions of every level are the
totals of a season's campaign."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("市总工会组织四十名劳动模范到青岩镇疗休养。", "青岩镇"),
        ("区总工会将在下半年组织获奖职工赴南屿市疗休养。", "南屿市"),
        ("区总工会组织劳模赴南屿市开展疗休养活动。", "南屿市"),
    ],
)
def test_a_rest_holiday_at_a_named_place_is_an_event_of_its_own_kind_there(sentence, place):
    out = found(sentence)
    assert [(a.category, a.place) for a in out] == [(Category.other, place)]


def test_a_named_rest_holiday_programme_is_one_event():
    out = found("县总工会2019年劳模疗休养活动于6月启动。")
    assert [a.category for a in out] == [Category.other]


def test_a_rest_holiday_named_only_by_its_kind_is_no_event():
    assert found("劳模疗休养向来是我们的老传统。") == []


def test_a_trip_to_study_after_dao_is_still_read_as_a_visit_by_its_own_verb():
    out = found("区总工会组织劳模到南屿市考察学习。")
    assert [(a.category, a.status) for a in out] == [(Category.visit, Status.held)]


@pytest.mark.parametrize(
    "sentence",
    [
        "同日召开的纺织工会二届一次委员会议选举产生了新的领导班子。",
        "青禾县总工会召开三届二次委员会议。",
    ],
)
def test_a_committee_session_numbered_by_term_without_di_is_one_meeting(sentence):
    out = found(sentence)
    assert [a.category for a in out] == [Category.meeting]


def test_a_committee_meeting_convened_with_no_number_is_still_one_meeting():
    # convening it makes it one meeting held (the gold of real_dev7 marks 召开女工委员会议);
    # a committee meeting merely talked of stays no event
    assert [a.name for a in found("青禾县总工会召开委员会议。")] == ["委员会议"]
    assert found("委员会议要有记录。") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("青禾区总工会召开2023年度基层工会主席述职会。", "2023年度基层工会主席述职会"),
        ("市总工会召开县区工会主席年度述职评议会议。", "县区工会主席年度述职评议会议"),
    ],
)
def test_a_meeting_where_union_heads_report_on_their_work_is_a_meeting(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(name, Category.meeting)]


def test_the_papers_for_a_reporting_meeting_are_no_meeting():
    assert found("县总工会要求各单位认真准备述职会材料。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "今年春节期间，青禾区各级工会共走访慰问基层单位三十家，慰问一线职工八千余人。",
        "青禾市县两级工会共筹集送温暖资金900万元，走访慰问困难职工3000户。",
    ],
)
def test_visits_counted_for_the_unions_of_every_level_are_a_seasons_campaign(sentence):
    out = found(sentence)
    assert [a.category for a in out] == [Category.campaign]


def test_a_visit_led_by_one_union_stays_a_visit():
    out = found("1月20日，青禾县总工会主席带队走访慰问困难职工32户。")
    assert [a.category for a in out] == [Category.visit]
