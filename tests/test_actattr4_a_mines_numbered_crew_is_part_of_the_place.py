"""Places of activities (s45 actattr4): a talk given at a mine's numbered crew (走进某煤业
综采一队) was placed at the company alone, the recogniser reading the work the crew is
named by (综采) as a verb and cutting the place before it; the tuning gold of real_dev4
keeps the crew. A numbered crew (一队, 二队, 三车间, 五工区) ending a place after a named
body now keeps the work word and the number in the place. Near misses: a crew after no
named body (县城一队) is still no place. Real pages of a coal group's union news name its
crews so (采二队, 煤一队, 机电一队). Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_a_talk_at_a_mines_numbered_crew_is_placed_at_the_crew():
    text = (
        "6月3日，县总工会还邀请市劳动模范周红梅走进青川煤业综采一队，"
        "为八十余名一线职工讲述她二十年扎根井下的故事。"
    )
    assert _places(text) == ["青川煤业综采一队"]


def test_a_crew_after_no_named_body_is_no_place():
    assert _places("县总工会组织职工到县城一队参观。") == [None]
