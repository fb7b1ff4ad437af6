"""A totals sentence counting rounds held (据统计，去年…共开展各类帮扶慰问活动37场次) is a
year's tally, a row of its own; a totals sentence counting those visited (截至目前已走访
慰问职工…人) still tells the round of visits just read again. The tuning gold of
real_dev31 (s59 act31). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_CAMPAIGN = "春节前夕，青山区总工会扎实开展2024年元旦春节送温暖活动。"


def test_a_tally_counted_in_rounds_is_an_activity_of_its_own():
    tally = "据统计，2023年度，青山区总工会共开展各类帮扶慰问活动41场次，惠及职工6200余人。"
    found = find_activities([_CAMPAIGN, tally])
    assert len(found) == 2
    assert found[1].paragraph == 1 and "41场次" in found[1].name


def test_a_tally_of_those_visited_is_the_visits_again():
    tally = "截至目前，区总工会已走访慰问困难职工1200余人。"
    assert len(find_activities([_CAMPAIGN, tally])) == 1
