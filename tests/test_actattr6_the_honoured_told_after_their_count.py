"""Those honoured at a meeting, told after their count (某某等12个单位受到表彰, 两个班组被授予
…称号), are not those who attended it: the attendance told in a later paragraph (共180人参加
会议) is the meeting's count; at a meeting whose name says it honours them (…表彰大会) they
are its participants (issue 13, s47; shapes read on real pages of a county union's plenary
and city May Day meetings; sentences written for these tests, invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def read(*paragraphs: str):
    return [
        (a.name, a.participants.count if a.participants else None)
        for a in find_activities(list(paragraphs))
    ]


def test_units_that_received_commendation_are_no_count_of_the_plenary():
    assert read(
        "今天上午，市总工会九届三次全委（扩大）会议在市会议中心召开。",
        "会议表彰了2020年度先进单位，东湖区总工会、西岭区总工会等9个单位受到表彰。",
        "各区县总工会负责人共150人参加会议。",
    ) == [("市总工会九届三次全委（扩大）会议", 150)]


def test_crews_granted_a_title_are_no_count_of_the_meeting():
    assert read(
        "4月28日，县总工会召开庆祝五一劳动节大会。",
        "县供电公司检修班等3个班组被授予县工人先锋号称号。",
    ) == [("庆祝五一劳动节大会", None)]


def test_those_who_attend_a_meeting_are_counted_still():
    assert read(
        "4月28日，县总工会召开庆祝五一劳动节大会，二百余名职工参加大会。",
    ) == [("庆祝五一劳动节大会", 200)]


def test_those_honoured_at_a_meeting_held_to_honour_them_are_its_participants():
    assert read(
        "2024年5月2日，青禾市劳动模范表彰大会在市人民会堂举行，80名市劳动模范受到表彰。",
    ) == [("青禾市劳动模范表彰大会", 80)]
