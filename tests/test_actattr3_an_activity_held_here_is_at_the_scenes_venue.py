"""Session 44 (actattr3): an activity told as the subject of 在这里 (…系列课堂第三讲在这里
开讲) is at the venue the sentence before opens its scene at, a venue in a place joined
by 的 as written (某街道的劳动者港湾里又热闹起来). Shape of real_dev3's law-class page and
of riders' station pages read that day; sentences written for these tests (invented
places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_an_activity_held_here_is_at_the_venue_the_scene_opened_at():
    text = (
        "假期刚过，青山街道的骑手港湾里又热闹起来。5月6日下午，东城区总工会"
        "“法律进港湾”系列课堂第三讲在这里开讲，40多名快递员参加。"
    )
    assert [d.place for d in find_activities([text])] == ["青山街道的骑手港湾"]


def test_a_union_working_here_is_still_at_that_venue():
    text = "青山街道职工驿站内暖意融融。区总工会在此开展“送温暖”活动。"
    assert [d.place for d in find_activities([text])] == ["青山街道职工驿站"]
