"""An award carried home on a day from a place (4月28日，她在北京捧回了全国五一劳动奖章),
told in a worker's profile without the ceremony's name, is the ceremony attended: one
activity; an award won with no day or place (曾捧回…, 荣获…奖章) is an honour, none.
Sentences written for these tests (invented people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def read(*paragraphs: str) -> list[tuple[str, Status]]:
    return [(a.name, a.status) for a in find_activities(list(paragraphs))]


def test_medal_carried_home_on_a_day_from_a_place_is_an_activity():
    assert read(
        "今年46岁的周青山是柳河人，1995年进厂当学徒。4月28日，他在北京捧回了全国五一劳动奖章。"
    ) == [("捧回了全国五一劳动奖章", Status.held)]


def test_award_received_is_at_the_place_it_was_received():
    found = find_activities(["4月26日，她作为青川代表在省人民会堂领取了省劳动模范证书和奖章。"])
    assert [a.place for a in found] == ["省人民会堂"]


def test_certificate_received_as_a_delegate_at_a_hall_is_an_activity():
    found = read("4月26日，她作为青川代表在省人民会堂领取了省劳动模范证书和奖章。")
    assert len(found) == 1


def test_award_won_without_a_day_stays_no_activity():
    assert read("他曾在北京捧回全国五一劳动奖章。") == []
    assert read("2019年，他荣获全国五一劳动奖章。") == []
