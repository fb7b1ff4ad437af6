"""A year under review (``2023年度…述职会``) is reported after it closes: union chairs
report on a year in January or February of the next, so a page reporting such a review
on a day of those months is of the year after the one it names (real pages: a district
union's 2023年度 review of its town unions on 29 January 2024; real_dev8's morning
digest). A review in December, a year's awards named within it, and a year that only
heads a plan keep their year. Texts written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.dates import infer_article_date
from gonghui_build.extract.dates.article import explicit_years


def test_a_review_of_last_year_reported_in_january_dates_the_page_the_next_year():
    text = (
        "1月9日，柳湾县总工会召开2024年度基层工会主席述职评议会，15名基层工会主席逐一述职。\n"
        "1月10日，柳湾县总工会为县城80名环卫工人送去棉手套和热姜茶。\n"
    )
    date = infer_article_date(text)
    assert (date.year, date.month) == (2025, 1)


def test_a_review_reported_in_february_also_counts():
    text = "2月20日，青岭公司工会召开2023年度分工会主席述职会。"
    assert [y for y, _ in explicit_years(text)] == [2024]


def test_a_review_held_in_december_of_its_year_keeps_the_year():
    text = "12月27日，青岭机械公司工会召开2024年度分工会主席述职会，9名分工会主席汇报了全年工作。"
    date = infer_article_date(text)
    assert (date.year, date.month) == (2024, 12)


def test_a_years_awards_named_in_january_keep_the_year():
    text = "1月18日，石河区总工会召开2024年度“最美职工”命名大会，10名职工受到表彰。"
    assert infer_article_date(text).year == 2024


def test_a_review_with_no_day_reported_keeps_the_year():
    text = "石河区总工会召开2024年度基层工会主席述职会，12名基层工会主席述职。"
    assert infer_article_date(text).year == 2024


def test_a_review_word_in_a_later_clause_does_not_move_the_year():
    text = "1月12日，东坪镇总工会召开全委会，审议2025年度经费预算，并听取了各村工会主席述职。"
    assert infer_article_date(text).year == 2025
