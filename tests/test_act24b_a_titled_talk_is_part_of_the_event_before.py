"""Activities, act24b: a talk told by its title (以“…”为题，与职工分享…) right after an event
held is a part of that event, as a course's titled lectures are parts of the course; after
an event only planned it stands alone. Sentences written for these tests (invented unions,
people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_EVENT = "4月20日，青溪区职工读书分享会在区工人文化宫职工书屋举行。"
_TALK = "本土作家柯望舒以“在车间里读诗”为题，与职工分享创作心得。"


def test_a_titled_talk_after_an_event_held_is_part_of_it() -> None:
    event, talk = find_activities([_EVENT, _TALK])
    assert talk.parent == 0
    assert event.parent is None


def test_a_titled_talk_after_a_planned_event_stands_alone() -> None:
    planned = "5月，青溪区总工会将举办职工读书分享会。"
    found = find_activities([planned, _TALK])
    assert found[-1].parent is None
