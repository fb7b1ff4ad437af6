"""A room numbered inside a building (管委会318会议室, 科技楼506报告厅) is the venue whole:
the digits before the room noun are the room's, no count that cuts the place short.
A count of rooms (36个活动室) still names no venue. Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("5月6日，岚山区总工会在管委会318会议室召开一届二次全委扩大会议。", "管委会318会议室"),
        ("11月2日，青禾区总工会安全知识讲座在科技楼506报告厅举行。", "科技楼506报告厅"),
        (
            "11月20日，青禾学院在东校区学生活动中心107会议室召开第二届教职工大会。",
            "东校区学生活动中心107会议室",
        ),
    ],
)
def test_a_numbered_room_is_the_venue_whole(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


def test_a_count_of_rooms_is_no_venue():
    out = found("5月6日，“匠心”宣讲会在全区36个活动室同步举行。")
    assert [a.place for a in out] == [None]
