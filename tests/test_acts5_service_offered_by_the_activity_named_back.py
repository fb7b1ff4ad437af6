"""Activities, s29 (issue 11): a service offered in a sentence or clause whose subject is
the activity just read (活动将为…职工免费提供健康体检服务, 本年度活动计划为…提供免费体检)
is that activity's, with its count, not a second activity; a service given with a body
as its subject (区总工会为…职工提供免费筛查) or by people (活动人员) stays its own.
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def test_a_service_the_activity_named_back_offers_is_that_activity_with_its_count():
    (found,) = find_activities(
        [
            "6月28日，青禾市总工会启动职工免费体检活动。"
            "活动将为全市2万名一线职工免费提供健康体检服务。"
        ]
    )
    assert found.name == "职工免费体检活动"
    assert found.participants is not None and found.participants.count == 20000


@pytest.mark.parametrize(
    "paragraph",
    [
        "7月21日，柳河县总工会一线职工免费体检活动启动。"
        "本年度活动计划为1800名一线职工提供免费健康体检。",
        "7月21日，柳河县总工会一线职工免费体检活动启动，活动将持续到10月底，"
        "免费为职工提供十余项体检项目。",
    ],
)
def test_a_service_offered_with_the_activity_as_subject_is_no_second_activity(paragraph):
    (found,) = find_activities([paragraph])
    assert found.name.endswith("免费体检活动")


def test_a_service_a_union_offers_stays_an_activity_of_its_own():
    (found,) = find_activities(["青禾区总工会为全区一万名女职工提供免费“两癌”筛查。"])
    assert found.participants.count == 10000


def test_a_service_offered_by_an_activity_s_staff_stays_its_own():
    found = find_activities(
        ["6月28日，青禾市总工会举办文艺演出。活动人员还为职工提供免费义诊服务。"]
    )
    assert len(found) == 2
