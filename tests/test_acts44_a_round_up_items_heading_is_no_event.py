"""Activities (s41 acts44): a round-up item's heading, the kind of work and a
four-character appraisal closing its sentence (二是技能比赛亮点纷呈。, 职工培训扎实推进。),
names the work, not an event: read as one, it took the named contest told next
(6月举办全市职工电工技能比赛) as itself told again, and the contest's name and date were
lost. Real pages of s41 (a street union's round-up by 一是…二是…, a city union's year in
review). Near misses: a heading with a name of its own (“安康杯”竞赛扎实开展。) and an
appraisal that runs on in its sentence (…亮点纷呈，120名选手同场竞技) are read as before.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.date.text if a.date else None) for a in find_activities([text])]


def test_a_numbered_heading_leaves_the_contest_told_next_its_name_and_date():
    text = "二是技能比赛亮点纷呈。6月举办全市职工电工技能比赛。"
    assert _read(text) == [("全市职工电工技能比赛", "6月")]


def test_an_unnumbered_heading_is_no_event_either():
    text = "技能比赛亮点纷呈。6月举办全市职工电工技能比赛。"
    assert _read(text) == [("全市职工电工技能比赛", "6月")]


def test_a_heading_with_a_name_of_its_own_is_read():
    assert _read("“安康杯”竞赛扎实开展。") == [("“安康杯”竞赛", None)]


def test_an_appraisal_running_on_in_its_sentence_is_read():
    assert _read("职工技能比赛亮点纷呈，120名选手同场竞技。") == [("职工技能比赛", None)]
