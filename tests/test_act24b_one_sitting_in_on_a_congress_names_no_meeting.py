"""Activities, act24b: 列席大会 (sitting in on a congress without a vote) refers back to the
congress already read, as 出席大会 does; the words before it are no meeting's name.
Sentences written for these tests (invented unions and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_sitting_in_on_the_congress_adds_no_meeting() -> None:
    found = find_activities(
        [
            "6月2日，青溪市工会第五次代表大会在市会议中心开幕。",
            "退休职工代表柯玉兰、向春生列席大会。",
        ]
    )
    assert [a.name for a in found] == ["青溪市工会第五次代表大会"]
