"""A totals sentence counting rounds held (据统计，去年…共开展各类帮扶慰问活动37场次) is a
year's tally, a row of its own; a totals sentence counting those visited (截至目前已走访
慰问职工…人) still tells the round of visits just read again. The tuning gold of
real_dev31 (s59 act31). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.restated import tallies_rounds
from gonghui_build.vocabulary import Category

_CAMPAIGN = "春节前夕，青山区总工会扎实开展2024年元旦春节送温暖活动。"


def test_a_tally_counted_in_rounds_is_an_activity_of_its_own():
    tally = "据统计，2023年度，青山区总工会共开展各类帮扶慰问活动41场次，惠及职工6200余人。"
    found = find_activities([_CAMPAIGN, tally])
    assert len(found) == 2
    assert found[1].paragraph == 1 and "41场次" in found[1].name


def test_a_tally_of_those_visited_is_the_visits_again():
    tally = "截至目前，区总工会已走访慰问困难职工1200余人。"
    assert len(find_activities([_CAMPAIGN, tally])) == 1


def _clause_tallies(clause: str) -> bool:
    return tallies_rounds(clause, Mention(0, 2, "", Category.other, True))


def test_an_ordinal_round_or_a_single_round_is_no_tally():
    # review rev59: 第3期 (one round of a series) and 一场 counted as a year's tally
    assert not _clause_tallies("举办第3期职工技能培训班")
    assert not _clause_tallies("组织开展一场义诊活动")
    assert not _clause_tallies("开展法律咨询1次")
    assert _clause_tallies("共开展各类帮扶慰问活动41场次")
    assert _clause_tallies("举办培训班十一期")
