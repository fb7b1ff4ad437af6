"""Activities, act25: a bare trigger framed by 在…上 (某某在座谈会上发言) that is the very
word of an activity already read is the occasion someone spoke at, that activity again;
a meeting with a name of its own in that frame (在随后召开的八届一次全委会上) stays a
meeting of its own. Sentences written for these tests (invented unions and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_TOUR = (
    "调研组一行先后到南岭区物流园工会驿站、北岭区司机之家实地察看，"
    "并在市职工服务中心召开座谈会，听取区总工会的工作汇报。"
)


def test_speaking_at_the_forum_read_before_adds_no_meeting() -> None:
    found = find_activities([_TOUR, "骑手贺长根在座谈会上发言。"])
    assert [a.category.value for a in found].count("meeting") == 1


def test_a_named_plenary_in_that_frame_is_its_own() -> None:
    congress = "11月17日，青溪区总工会第八次代表大会在区会议中心召开。"
    plenary = "在随后召开的八届一次全委会上，柯某当选区总工会主席。"
    assert len(find_activities([congress, plenary])) == 2
