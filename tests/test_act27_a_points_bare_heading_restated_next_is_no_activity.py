"""Activities, act27: a numbered point's bare heading (（一）开展劳动竞赛。) told again by
name in the next sentence is no activity of its own; a heading with a name of its own, or
one no activity follows, stays. Sentences written for these tests (invented unions and
places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_bare_heading_restated_by_the_next_sentence_is_no_activity() -> None:
    found = find_activities(
        ["（一）开展劳动竞赛。5月，在全县工地开展“青山杯”劳动竞赛，参赛职工300人。"]
    )
    assert [d.name for d in found] == ["“青山杯”劳动竞赛"]


def test_a_heading_with_a_name_of_its_own_stays() -> None:
    found = find_activities(["（二）开展“夏送清凉”活动。7月，为环卫工人送去饮料。"])
    assert [d.name for d in found] == ["“夏送清凉”活动"]


def test_a_heading_with_no_activity_after_it_stays() -> None:
    found = find_activities(["（三）举办职工运动会。筹备工作已经启动。"])
    assert [d.trigger for d in found] == ["运动会"]
