"""An activity named by its kind and the generic head (职工猜灯谜活动) held on a holiday its
sentence tells (将于元宵节期间举办…) is one event of its own, as one held on a day is, and
not the campaign read before told again by the head word 活动. Without a day or a holiday
it stays a habit. The tuning gold of real_dev31 (s59 act31). Sentences written for these
tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status

_CAMPAIGN = "春节前夕，青山区总工会扎实开展2025年元旦春节送温暖活动。"


def test_a_riddle_evening_planned_for_a_holiday_is_its_own_event():
    plan = "下一步，区总工会将于元宵节期间举办职工猜灯谜活动。"
    found = find_activities([_CAMPAIGN, plan])
    assert [d.name for d in found] == ["2025年元旦春节送温暖活动", "职工猜灯谜活动"]
    assert found[1].status == Status.planned


def test_an_undated_kind_stays_the_campaign_told_again():
    plan = "下一步，区总工会将举办职工猜灯谜活动。"
    assert len(find_activities([_CAMPAIGN, plan])) == 1
