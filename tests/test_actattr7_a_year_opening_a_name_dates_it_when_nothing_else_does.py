"""A contest named with its year (在2024年某市彩灯制作技能大赛中获奖) and dated by nothing
else was held in that year, not the year of the article that tells of it (the gold of
real_dev6: a 2025 story of a craftsman whose apprentices won at the 2024 contest). A day
the sentence gives still dates it; a year under review (2023年度…述职会) is held in the
next, and is no date of its own. Shape read on real pages (craftsmen's and model workers'
stories citing a contest of an earlier year); invented sentences (issue 13, s48)."""

from __future__ import annotations

from tests.conftest import activity_starts


def test_a_contest_of_last_year_told_this_year_is_of_last_year():
    got = activity_starts(
        "禾城市灯艺公司有五人在2024年禾城市彩灯制作技能大赛中获奖。", "2025-06-10"
    )
    assert got == ["2024"]


def test_a_day_the_sentence_gives_still_dates_it():
    got = activity_starts("5月8日，2025年禾城市彩灯制作技能大赛在市文化宫开幕。", "2025-06-10")
    assert got == ["2025-05-08"]


def test_a_plan_named_with_next_years_date_is_of_that_year():
    assert activity_starts("区总工会将举办2026年职工技能大赛。", "2025-03-10") == ["2026"]


def test_a_year_under_review_is_no_date_of_its_own():
    assert activity_starts("区总工会举办2023年度基层工会主席述职会。", "2024-03-10") == [None]
