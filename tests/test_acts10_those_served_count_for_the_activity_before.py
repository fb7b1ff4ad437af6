"""Activities, s31 (issue 11): those an activity served, counted in the sentence after it
(律师为前来咨询的三十余名农民工解答…问题 after a consultation day; 截至目前…帮助一百五十二名
农民工追回工资 after a hotline opened), are that activity's count, no event of their own;
an uncounted group gives no count, and a service of its own (还为…提供免费体检) stays
one. Sentences written for these tests (invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_those_answered_after_a_consultation_day_are_its_count():
    (found,) = find_activities(
        [
            "1月18日，青禾县总工会在县职工服务中心举办“冬日维权”专场法律咨询活动。"
            "县总工会法律顾问、律师柳青为前来咨询的三十余名农民工解答欠薪、工伤认定等问题。"
        ]
    )
    assert found.participants.count == 30
    assert found.participants.qualifier.value == "more_than"


def test_those_whose_pay_a_hotline_got_back_are_its_count_not_a_second_event():
    (found,) = find_activities(
        [
            "今年以来，青禾县总工会开通农民工欠薪投诉热线，安排专人接听。"
            "截至目前，已受理投诉九件，帮助一百五十二名农民工追回工资一百六十余万元。"
        ]
    )
    assert found.name == "农民工欠薪投诉热线"
    assert found.participants.count == 152


def test_an_uncounted_group_answered_gives_no_count():
    (found,) = find_activities(
        ["1月18日，青禾县总工会举办专场法律咨询活动。律师柳青为农民工解答欠薪、工伤认定等问题。"]
    )
    assert found.participants is None


def test_a_service_of_its_own_after_an_event_stays_its_own():
    found = find_activities(
        ["6月28日，青禾市总工会举办文艺演出。活动人员还为职工提供免费义诊服务。"]
    )
    assert len(found) == 2
