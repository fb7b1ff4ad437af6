"""Places of activities (s43 acts54): an open venue named by the building it lies before
(在区政府门前广场开展…宣传咨询活动, 在市民中心前广场举行…启动仪式) is the place: the
recogniser reads the localiser apart (门|前|广场) and a localiser made the whole place no
place. Real pages of s43 (city and district unions' safety-month and law-day stalls,
launch ceremonies on squares before civic buildings). Near misses: a building's door
with no square (在某中心门前开展) is the building, as before, and 在职工中 names no place.
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import page_facts


def _places(text: str) -> list[str | None]:
    return [a.place for art in page_facts(text + "\n").articles for a in art.activities]


def test_a_square_before_the_district_government():
    text = "本报讯 6月5日，秀水区总工会在区政府门前广场开展“安全生产月”宣传咨询活动。"
    assert _places(text) == ["区政府门前广场"]


def test_a_square_before_a_civic_centre():
    text = "本报讯 6月5日，秀水区总工会在市民中心前广场举行“农民工维权服务月”启动仪式。"
    assert _places(text) == ["市民中心前广场"]


def test_a_buildings_door_is_the_building():
    text = "本报讯 6月5日，秀水区总工会在区职工服务中心门前开展“安全宣传咨询日”活动。"
    assert _places(text) == ["区职工服务中心"]


def test_among_the_workers_is_no_place():
    text = "本报讯 6月5日，秀水区总工会在职工中开展“安全生产月”宣传活动。"
    assert _places(text) == [None]
