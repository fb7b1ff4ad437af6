"""Activities (s41 acts44): a round-up item's ordinal opening its sentence (一是, （二）,
三、) is no word of the activity named after it. Read into the name (一是劳动竞赛), it
made the item's heading (一是劳动竞赛热火朝天) an activity of its own beside the contests
the item then tells (全年组织开展重点工程劳动竞赛12项), where without the ordinal the two
are one. Real pages of s41 (a street union's 一是…二是… round-up, a city union's year in
review). Near misses: a digest's numbering and a count of rounds read as before; an
item that names its activity keeps the name.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(*texts: str) -> list[str]:
    return [a.name for a in find_activities(list(texts))]


def test_an_items_heading_and_its_contests_are_one():
    text = "一是劳动竞赛热火朝天。全年组织开展重点工程劳动竞赛12项。"
    assert _names(text) == ["重点工程劳动竞赛"]


def test_a_bracketed_ordinal_is_no_part_of_the_name():
    text = "（二）劳动竞赛有声有色。市总工会组织开展“当好主力军”劳动竞赛。"
    assert _names(text) == ["“当好主力军”劳动竞赛"]


def test_an_item_naming_its_activity_keeps_the_name():
    assert _names("一是开展“安康杯”竞赛。") == ["“安康杯”竞赛"]


def test_a_count_of_rounds_still_reads_before_a_name():
    assert _names("市总工会举办两期工会干部培训班。") == ["工会干部培训班"]
