"""Activities, act24b: an election a congress will hold (次日，大会将选举产生…委员会) is a
planned meeting, part of that congress; an election already held (大会选举产生了…) stays
the congress's result, no activity. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status

_OPENED = "5月8日上午，青溪市工会第五次代表大会在市会议中心开幕。"


def test_an_election_to_come_is_a_planned_part_of_the_congress() -> None:
    congress, election = find_activities([_OPENED, "次日，大会将选举产生市总工会第五届委员会。"])
    assert election.category == Category.meeting
    assert election.status == Status.planned
    assert election.parent == 0
    assert congress.parent is None


def test_an_election_held_is_no_activity() -> None:
    found = find_activities([_OPENED, "大会选举产生了市总工会第五届委员会。"])
    assert len(found) == 1
