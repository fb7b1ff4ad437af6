"""Counts written with 几 after the numeral and counts closed by 相聚 or 同场比拼 (s41
acts45, real pages read in s41: a city union's course for new chairmen, 一百四十几名企业工会
主席; a national union's staff sports meet, 近2000名干部职工相聚在运动场上; a district
skills contest, 技能高手现场过招). 一百三十几名 is more than 130, as 一百三十余名; a sentence
of its own closed by 相聚赛场 or 同场比拼 counts those who took part in the activity just
read. Before, 几 read no count, and those sentences gave none. Near misses: 几 with no
numeral before it (几名职工: no count), a sentence that gathers no count.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(*paragraphs: str) -> list[tuple | None]:
    out = []
    for a in find_activities(list(paragraphs)):
        p = a.participants
        out.append((p.count, p.qualifier.value, p.unit.value) if p else None)
    return out


def test_a_count_with_ji_after_its_numeral_is_more_than_so_many():
    text = (
        "10月9日，来自各区的一百三十几名企业工会主席汇聚在市总工会一楼阶梯教室，"
        "参加本年度第四期新任工会主席培训班。"
    )
    assert _counts(text) == [(130, "more_than", "people")]


def test_ji_with_no_numeral_before_it_counts_none():
    text = "10月9日，几名企业工会主席来到市总工会一楼阶梯教室，参加本年度第四期新任工会主席培训班。"
    assert _counts(text) == [None]


def test_those_gathered_at_the_ground_told_in_the_sentence_after():
    text = (
        "6月20日，区直机关第六届职工运动会在区奥体中心举行。"
        "来自各部门和直属单位的2000余名干部职工相聚赛场。"
    )
    assert _counts(text) == [(2000, "more_than", "people")]


def test_contestants_vying_on_one_floor_told_in_the_sentence_after():
    text = (
        "7月8日，临川区第五届职工职业技能大赛在抚州职业技术学院正式启幕。"
        "经过层层选拔的84名技能高手同场比拼。"
    )
    assert _counts(text) == [(84, "exact", "people")]


def test_a_sentence_after_that_gathers_no_count_gives_none():
    text = "6月20日，区直机关第六届职工运动会在区奥体中心举行。干部职工相聚赛场，气氛热烈。"
    assert _counts(text) == [None]
