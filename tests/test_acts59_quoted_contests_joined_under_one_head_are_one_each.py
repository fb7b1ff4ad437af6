"""Activities (s47 acts59): quoted names joined by a list mark under one contest's or
campaign's head (开展“安康杯”和“双增双节”劳动竞赛) are one contest each, as quoted names
under 活动 are (开展“送温暖”、“送清凉”活动); the pair had been one row and the second
contest lost (the tuning gold of real_dev7, a city yearbook's union year). Near misses:
names printed side by side with no mark (“安康杯”“五一”职工技能竞赛) are one name's words,
and two slogans under a talk's head (“劳模精神”和“工匠精神”宣讲) one talk. Sentences
written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str | None, Category]]:
    return [(a.name, a.category) for a in find_activities([text])]


def test_two_quoted_contests_joined_by_he_are_two():
    text = "4月至9月，青禾市总工会在全市建材行业开展“安康杯”和“节能降耗”劳动竞赛。"
    assert _found(text) == [
        ("“安康杯”", Category.competition),
        ("“节能降耗”", Category.competition),
    ]


def test_three_quoted_contests_listed_under_one_head_are_three():
    text = "溪口公司工会开展“安康杯”、“质量月”和“节能周”竞赛。"
    assert [name for name, _ in _found(text)] == ["“安康杯”", "“质量月”", "“节能周”"]


def test_quoted_words_side_by_side_stay_one_contests_name():
    assert _found("青禾市总工会开展“安康杯”“五一”职工技能竞赛。") == [
        ("“安康杯”“五一”职工技能竞赛", Category.competition)
    ]


def test_two_slogans_under_a_talks_head_stay_one_talk():
    names = [name for name, _ in _found("柳岸区总工会开展“劳模精神”和“工匠精神”宣讲。")]
    assert names == ["“劳模精神”和“工匠精神”宣讲"]
