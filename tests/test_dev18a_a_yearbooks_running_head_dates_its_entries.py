"""A yearbook records the year before its own: a city's yearbook of 2021 prints its union's
【】 entries of 2020 under the running head ``某市年鉴2021``. Read on real_dev18: entries
that print no year of their own, on a page none of whose entries prints one, were left
undated. The running head dates them to the year before the book's (same_page); a
year's heading on the page (a chronicle's ``2003年``) still comes first."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.layout.printed_dates import dates_in

ENTRIES = [
    "【职工代表大会】 1月16日至17日，青原纺织集团三届五次职工代表大会召开。",
    "【法律援助】 市总工会职工法律援助中心全年办理法律援助案件120件。",
]


def test_the_book_year_is_the_year_before_the_books():
    assert [(d.kind, d.date) for d in dates_in("青原年鉴2021", 0, 0, None)] == [
        ("book_year", "2020")
    ]
    assert [d.date for d in dates_in("青原年鉴（2022）", 0, 0, None)] == ["2021"]
    assert [d.date for d in dates_in("青原盟年鉴·2023", 0, 0, None)] == ["2022"]


def test_a_line_naming_a_yearbook_in_a_sentence_is_no_book_year():
    assert dates_in("致敬年鉴2021年度人物评选", 0, 0, None) == []
    assert dates_in("青原年鉴      群众团体", 0, 0, None) == []


def test_entries_printing_no_year_take_the_books_year_before():
    dated = date_articles(ENTRIES, printed=dates_in("青原年鉴2021", 0, 0, None))
    assert [(d.year, d.basis) for d in dated] == [(2020, "same_page"), (2020, "same_page")]


def test_a_years_heading_comes_before_the_book_year():
    printed = dates_in("青原年鉴2021", 0, 0, None) + dates_in("2019年", 10, 1, None)
    dated = date_articles(ENTRIES, printed=printed)
    assert [d.year for d in dated] == [2019, 2019]
