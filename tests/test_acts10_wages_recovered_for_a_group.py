"""Activities, s31 (issue 11): wages a union gets back for a group, told with no activity
noun (为1500余名农民工讨回欠薪…, 帮助二百三十六名农民工追回工资, 为农民工们讨回了全部工资),
are one event, kind other, with the group's count; a habit (积极为农民工讨回工资), a loss
got back for a firm (为企业追回损失) and a campaign's result stay no event of their own.
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def test_wages_recovered_for_a_counted_group_are_an_event_with_its_count():
    (found,) = find_activities(
        [
            "今年1月以来，青禾市总工会职工维权律师团共代理欠薪案件90件，"
            "为1500余名农民工讨回欠薪800余万元。"
        ]
    )
    assert found.category.value == "other"
    assert found.participants.count == 1500


def test_wages_recovered_with_help_for_a_group_counted_in_words():
    (found,) = find_activities(["今年以来，青禾区总工会帮助二百三十六名农民工追回工资120万元。"])
    assert found.participants.count == 236


def test_wages_recovered_for_an_uncounted_group_after_talks_are_an_event():
    (found,) = find_activities(
        ["柳河区总工会主席得知后，连续几天与包工头协商，终于在腊月二十前为农民工们讨回了全部工资。"]
    )
    assert found.category.value == "other"


@pytest.mark.parametrize(
    "sentence",
    ["青禾区总工会积极为农民工讨回工资。", "青禾区总工会为企业追回损失30万元。"],
)
def test_a_habit_or_a_loss_got_back_for_a_firm_is_no_event(sentence):
    assert find_activities([sentence]) == []


def test_wages_recovered_by_a_campaign_are_that_campaign_s():
    (found,) = find_activities(["柳河县总工会开展“清欠行动”专项行动，为600名农民工追回工资。"])
    assert found.category.value == "campaign"
    assert found.participants.count == 600


def test_wages_recovered_for_an_uncounted_group_in_a_station_s_tally_are_no_event():
    found = find_activities(
        ["今年1月至6月，全区工会服务站共接待职工咨询八千余人次，帮助职工追回欠薪一百二十余万元。"]
    )
    assert not any("追回" in a.name for a in found)
