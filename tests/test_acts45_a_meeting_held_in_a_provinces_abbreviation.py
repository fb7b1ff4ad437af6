"""A meeting held where the lead names a province by its one-character abbreviation (s41
acts45): 全国总工会在京召开…推进会, …座谈会在京召开, …在沪隆重举行, as the national union
press writes its leads (real pages read in s41: a national paper's meeting reports, a
national industry union's annual meeting). The place is kept as written (京, 沪), as the
tuning gold gives it (real_dev3, real_dev5). Before, a place of one character was never
read. Near misses: the character opening a longer word (京剧院, a venue of its own), in an
event's name (京剧演唱会), or before a verb that holds nothing (在京工作).
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(*paragraphs: str) -> list[str | None]:
    return [a.place for a in find_activities(list(paragraphs))]


def test_a_meeting_a_union_convenes_in_jing():
    text = "4月18日，全国总工会在京召开全国职工书屋建设经验交流会。"
    assert _places(text) == ["京"]


def test_a_meeting_told_as_the_subject_held_in_jing():
    text = "本报讯 9月，全省女职工工作座谈会在京召开，各市总工会女职工部部长参加。"
    assert _places(text) == ["京"]


def test_a_meeting_held_in_hu_with_its_adverb():
    text = "日前，全省劳模代表座谈会在沪隆重举行。"
    assert _places(text) == ["沪"]


def test_a_venue_whose_name_opens_with_the_character_keeps_its_name():
    text = "5月，县总工会在京华宾馆召开全县工会财务工作会议。"
    assert _places(text) == ["京华宾馆"]


def test_an_event_named_with_the_character_keeps_its_venue():
    text = "6月，县总工会在县文化馆举办职工京剧演唱比赛。"
    assert _places(text) == ["县文化馆"]


def test_the_character_before_a_verb_that_holds_nothing_is_no_place():
    text = "6月，在京务工的县籍职工座谈会召开。"
    assert _places(text) == [None]
