"""Activities, s32 (issue 11): a named 活动 held at one venue with a verb of holding
(在某公园举办职工健步走活动, 某活动在某中心举行) is an event of its own, kind other, not a
campaign; a 活动 carried out across a region (在全县开展…活动) or held with no venue stays a
campaign, and the event's later mention (活动中，…) still holds the talk given in it.
Sentences written for these tests (invented unions, places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    "paragraph",
    [
        "3月7日，青禾区总工会在区职工活动中心举办“春风暖人心”女职工关爱日活动。",
        "5月12日，柳河县总工会在滨河公园举行“迎端午”职工登山主题活动。",
        "“迎端午”职工登山主题活动5月12日在柳河县滨河公园举行。",
    ],
)
def test_a_named_activity_held_at_a_venue_is_an_event(paragraph):
    found = find_activities([paragraph])
    assert [a.category for a in found] == [Category.other]


@pytest.mark.parametrize(
    "paragraph",
    [
        "今年以来，柳河县总工会在全县开展“法律护航进车间”活动。",
        "3月7日，青禾区总工会举办“春风暖人心”女职工关爱日活动。",
        "青禾区总工会在区职工活动中心启动“夏送清凉”专项行动。",
    ],
)
def test_an_activity_carried_out_or_held_with_no_venue_stays_a_campaign(paragraph):
    found = find_activities([paragraph])
    assert [a.category for a in found] == [Category.campaign]


def test_the_talk_given_in_an_event_held_at_a_venue_is_part_of_it():
    found = find_activities(
        [
            "3月8日上午，青禾区总工会在区职工服务中心举办“春暖花开”庆祝“三八”节活动。",
            "活动中，青禾区人民医院主任医师郑秋岚为50余名女职工作了健康讲座。",
        ]
    )
    event, talk = found
    assert event.category == Category.other
    assert talk.category == Category.lecture and talk.parent == 0


def test_a_giving_held_at_a_venue_keeps_its_kind():
    found = find_activities(["近日，柳河县总工会在城北户外劳动者驿站举办“重阳送温情”活动。"])
    assert [a.category for a in found] == [Category.campaign]


def test_a_walk_named_again_holds_no_series_it_opens():
    found = find_activities(
        [
            "4月9日，青禾区总工会“春光健步行”职工健步走活动在滨湖公园举行。",
            "据介绍，健步走是青禾区职工“四季百场”系列文体活动的第一场。",
        ]
    )
    assert found[1].parent is None
