"""Activities (s49 acts61): an activity held 在此 or 在这里 (县总工会在此举行劳模表彰大会) is at
the venue the sentence before names as its subject (某县工人文化宫是全县职工的活动中心) or as
where someone went (记者来到某物流园): only a venue set before a localiser (某驿站内…) was
read back, so the place was lost. Real pages of s49 (county unions' meetings held at a
new workers' home, a city union's training at a logistics park). Near misses: 在此 in a
phrase of circumstance (在此基础上开展…) and a person as the subject before 是 give no place.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_a_meeting_held_here_is_at_the_venue_named_as_the_subject_before():
    text = "青禾县工人文化宫是全县职工的活动中心。5月3日，县总工会在此举行劳模表彰大会。"
    assert _places(text) == ["青禾县工人文化宫"]


def test_a_congress_convened_here_is_at_that_venue():
    text = "青禾县工人文化宫是全县职工的活动中心。5月3日，县工会第五次代表大会在这里召开。"
    assert _places(text) == ["青禾县工人文化宫"]


def test_a_course_held_here_is_at_the_venue_someone_went_to():
    text = (
        "4月20日，记者来到柳岸区快递物流园。当天上午，区总工会在这里举办快递员安全培训班，"
        "50余名快递员参加。"
    )
    assert _places(text) == ["柳岸区快递物流园"]


def test_here_in_a_phrase_of_circumstance_gives_no_place():
    text = "区总工会是职工的娘家。今年以来，区总工会在此基础上开展“送温暖”活动。"
    assert _places(text) == [None]


def test_a_person_before_the_copula_is_no_place():
    text = "王师傅是青禾公司的老职工。3月2日，公司工会在这里召开座谈会。"
    assert _places(text) == [None]
