"""A year written right before a holiday (今年春节期间, 去年春节前夕, 2023年春节前夕) is
the holiday's: the festival of that year, not the one nearest the article's day; a
lunar festival's bare name stays no date after its year (1990年春节，…: the year, as
real_dev7's gold dates it), nor after 每年. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates
from tests.conftest import news_page, page_facts


def starts(printed: str, body: str) -> list[str | None]:
    page = f"工会新闻\n{printed}\n" + news_page(body)
    return [a.date.start for art in page_facts(page).articles for a in art.activities]


def test_last_years_festival_eve_is_of_last_year():
    got = starts("2023年3月1日 星期三", "去年春节前夕，青禾县总工会走访慰问困难职工50户。")
    assert got and got[0].startswith("2022")


def test_a_festivals_bare_name_after_its_year_dates_by_the_year_only():
    got = starts("2023年3月1日 星期三", "1990年春节，青禾县总工会走访慰问困难职工50户。")
    assert got == ["1990"]


def test_this_years_festival_eve_before_it_is_the_month_of_publication():
    got = starts("2023年1月10日 星期二", "今年春节前夕，青禾县总工会走访慰问困难职工50户。")
    assert got == ["2023-01"]


def test_the_year_is_part_of_the_holidays_expression():
    found = find_dates("2023年春节前夕，某某")
    assert [(d.text, d.year, d.eve) for d in found] == [("2023年春节前夕", 2023, True)]


def test_every_years_festival_is_no_date():
    assert [d for d in find_dates("每年春节，某某都走访慰问困难职工。") if d.holiday] == []


def test_a_festival_early_in_its_month_has_its_eve_in_the_month_before():
    got = starts("2022年3月1日 星期二", "春节前夕，青禾县总工会走访慰问困难职工50户。")
    assert got == ["2022-01"]  # 春节 on 1 February 2022: its eve in January


def test_a_festival_late_in_its_month_has_its_eve_in_that_month():
    got = starts("2024年3月1日 星期五", "春节前夕，青禾县总工会走访慰问困难职工50户。")
    assert got == ["2024-02"]  # 春节 on 10 February 2024
