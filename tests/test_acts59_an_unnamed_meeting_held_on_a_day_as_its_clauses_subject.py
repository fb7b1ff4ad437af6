"""Activities (s47 acts59): an unnamed activity opening its clause as the subject of its
own holding, with the day or the venue told before the verb (表彰大会将于4月28日在某市
召开), is an event, as 召开表彰大会 is (a meeting only: a contest's round so told is
read by its contest's rules); read only where a verb before it acted on it, a
notice's closing line had lost the honours meeting (the tuning gold of real_dev4, a
provincial union's decision on its May Day awards). Near misses: the bare word told
again after its event was named joins it, and one told without a day or a venue
(座谈会召开后) stays none. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def _found(text: str) -> list[tuple[str | None, Category, Status]]:
    return [(a.name, a.category, a.status) for a in find_activities([text])]


def test_a_meeting_to_be_held_on_a_day_at_a_venue_is_planned():
    assert _found("表彰大会将于4月28日在青禾市召开。") == [
        ("表彰大会", Category.meeting, Status.planned)
    ]


def test_a_meeting_held_at_a_venue_after_a_date_is_held():
    assert _found("5月6日，座谈会在柳岸区总工会举行。") == [
        ("座谈会", Category.meeting, Status.held)
    ]


def test_the_bare_word_after_its_named_event_joins_it():
    text = "青禾县总工会举办第三届职工运动会。运动会于5月3日在县体育馆开幕。"
    assert [name for name, _, _ in _found(text)] == ["第三届职工运动会"]


def test_a_meeting_told_with_no_day_or_venue_stays_none():
    assert _found("座谈会召开后，各单位认真抓好落实。") == []
