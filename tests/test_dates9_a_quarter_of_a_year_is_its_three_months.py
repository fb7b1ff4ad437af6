"""A quarter of a year (今年一季度, 2023年第三季度, 前三季度), as union reports date
their figures, is read as a half of a year is: its first and last month; 上一季度 and
每季度 name no quarter of their own. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve

ARTICLE_2023_07 = ArticleDate("2023-07", "month", "explicit_date", "2023年", 2023, 7)


def months(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.year, d.month, d.end_month) for d in find_dates(text)]


def test_a_quarter_is_its_first_and_last_month():
    assert months("一季度，某市新建工会组织三十余家。") == [(None, 1, 3)]
    assert months("2023年第三季度，某某") == [(2023, 7, 9)]
    assert months("前三季度，某某") == [(None, 1, 9)]


def test_this_years_quarter_resolves_against_the_article():
    d = find_dates("今年二季度，某区总工会开展职工技能培训12场。")[0]
    got = resolve(d, ARTICLE_2023_07)
    assert (got.start, got.end) == ("2023-04", "2023-06")


def test_the_quarter_before_and_every_quarter_are_no_dates():
    assert months("与上一季度相比有所增长，按每季度通报进展。") == []
