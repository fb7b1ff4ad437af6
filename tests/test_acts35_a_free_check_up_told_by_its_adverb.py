"""Activities (s38 acts35): a check-up given free to a group, told with no verb of
giving (为八十名快递员免费体检, 为环卫工人免费进行体检), is a service given, one activity,
as 为…提供免费体检 is. Real pages of city and town unions' free check-ups tell them so. A
habit (积极为职工免费体检) is none, and the check-up an event of the sentence gives stays
that event's. Sentences written for these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


@pytest.mark.parametrize(
    "sentence",
    [
        "6月5日，青禾县总工会组织县中医院医生为辖区八十名快递员免费体检。",
        "6月5日，青禾县总工会联合县中医院为八十名快递员免费进行体检。",
    ],
)
def test_a_free_check_up_for_couriers(sentence):
    [check] = find_activities([sentence])
    assert (check.category, check.status) == (Category.other, Status.held)
    assert check.participants is not None and check.participants.count == 80


def test_a_habit_of_free_check_ups_is_none():
    assert find_activities(["青禾区总工会积极为职工免费体检。"]) == []


def test_a_check_up_given_by_a_free_clinic_stays_the_clinics():
    [clinic] = find_activities(
        ["8月3日，青禾区总工会在快递园区举办义诊活动，为八十名快递员免费体检。"]
    )
    assert clinic.name == "义诊活动"
