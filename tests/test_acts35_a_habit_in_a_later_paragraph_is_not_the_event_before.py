"""Activities (s38 acts35): an unnamed kind a later paragraph reports as running
(县总工会劳模创新工作室联盟每年在县职工服务中心开展两次技能交流活动) is a habit of its own,
not the meeting of that kind held in a paragraph before (召开党组会议): the meeting takes
none of its place or counts. Told again in its own paragraph, or held, a bare kind still
adds to the activity before. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_yearly_exchange_gives_the_meeting_before_no_place():
    [meeting] = find_activities(
        [
            "9月26日，青禾县总工会召开党组会议，传达学习大会精神。",
            "县总工会劳模创新工作室联盟每年在县职工服务中心开展两次技能交流活动，"
            "已累计培训职工六百余人次。",
        ]
    )
    assert meeting.name == "党组会议"
    assert meeting.place is None
    assert meeting.participants is None


def test_a_bare_kind_held_later_still_adds_to_the_meeting():
    found = find_activities(
        [
            "9月26日，青禾县总工会召开党组会议，传达学习大会精神。",
            "会议在县职工服务中心举行，三十余名党员干部参加。",
        ]
    )
    assert [a.name for a in found] == ["党组会议"]
