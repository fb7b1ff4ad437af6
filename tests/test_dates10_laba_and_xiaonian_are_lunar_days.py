"""腊八 (腊月初八) and 小年 (腊月廿三), the days that open the Spring Festival visits, are
lunar holidays turned into their Gregorian day by lunar-python: the one of the article's
year, in its January (2023 had none: the one before), as a city union's 腊八送
温暖 at its workers' stations is told. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import ArticleDate, find_dates, resolve
from gonghui_build.extract.dates.resolve import lunar_day
from tests.conftest import printed


def starts(paragraph: str, article: ArticleDate) -> list[str | None]:
    return [
        resolve(a.date, article).start if a.date else None for a in find_activities([paragraph])
    ]


def test_laba_is_the_eighth_of_the_twelfth_lunar_month_in_the_articles_january():
    got = starts("腊八节当天，青禾县总工会开展“腊八送温暖”活动。", printed("2026-01-27"))
    assert got == ["2026-01-26"]


def test_laba_in_an_article_dated_by_its_year_alone_is_that_years_january():
    year_only = ArticleDate("2025", "year", "explicit_date", "2025年", 2025, None, None)
    got = starts("腊八节当天，青禾县总工会开展“腊八送温暖”活动。", year_only)
    assert got == ["2025-01-07"]


def test_xiaonian_is_the_twenty_third_of_the_twelfth_lunar_month():
    got = starts("小年当天，青禾县总工会走访慰问困难职工。", printed("2025-01-23"))
    assert got == ["2025-01-22"]


def test_a_year_with_two_labas_takes_its_januarys_and_one_with_none_the_one_before():
    assert lunar_day(2022, (12, 8, 0)).isoformat() == "2022-01-10"  # and 30 December
    assert lunar_day(2023, (12, 8, 0)).isoformat() == "2022-12-30"  # none in 2023


def test_laba_porridge_and_a_festive_xiaonian_date_nothing():
    assert find_dates("职工们喝上了热乎的腊八粥，过了一个温暖的小年。") == []
