"""A union's film festival, concert or music evening for workers is an event of kind
other, and a walk named a 大会 a walk, not a meeting (s41 acts46): 举办职工电影节, 在市
体育馆举办职工演唱会, 为户外劳动者送上一场新年“音乐会”, 职工徒步大会在某公园举行, as
county and city unions' news tell them (real pages read in s41). Before, 电影节, 演唱会
and 音乐会 were no trigger, so the event was lost (or the visit to its site read in its
place), and 徒步大会 was read as a meeting. Near miss: a meeting named 大会 stays one.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(*paragraphs: str) -> list[tuple[str, Category]]:
    return [(a.name, a.category) for a in find_activities(list(paragraphs))]


def test_a_workers_film_festival_is_an_event():
    text = "11月，某县总工会联合县影城共同举办职工电影节，累计发放电影票3万余张。"
    assert _rows(text) == [("职工电影节", Category.other)]


def test_a_workers_concert_at_a_stadium_is_an_event_there():
    text = "4月30日晚，市总工会在市体育馆举办“劳动最美”职工演唱会，3000余名职工到场观看。"
    found = find_activities([text])
    assert [(a.name, a.category, a.place) for a in found] == [
        ("“劳动最美”职工演唱会", Category.other, "市体育馆")
    ]


def test_a_music_evening_brought_to_a_station_is_the_event_not_the_going():
    text = "2月6日，某区职工文艺志愿者走进某社区工会驿站，为十余名户外劳动者送上一场新年“音乐会”。"
    assert [r[1] for r in _rows(text)] == [Category.other]


def test_a_walk_named_a_congress_is_a_walk():
    text = "6月21日上午，2024年某市职工徒步大会在某郊野公园举行，约500人参加。"
    assert _rows(text) == [("2024年某市职工徒步大会", Category.other)]


def test_a_congress_of_members_stays_a_meeting():
    text = "6月21日上午，某公司工会第三次会员代表大会在公司礼堂举行。"
    assert [r[1] for r in _rows(text)] == [Category.meeting]
