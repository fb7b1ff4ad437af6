"""An item that prints no date and names no year, on a sheet whose head date the layout
reads as its first item's own date line (``某某简讯 第9期 2023年4月12日`` over ●-items),
takes that printing's year and month, as ``same_page`` dates an item by its page: a
sheet is printed at once. Texts written for these tests (invented units)."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.layout.printed_dates import PrintedDate

FIRST = "日前，槐阳区总工会与区法院联合设立的调解工作室揭牌。"
LATER = "近日，柳湾县总工会组织12名医生为返乡农民工开展体检。"


def _head_date(article: int) -> PrintedDate:
    return PrintedDate(9, 19, "2023年4月12日", "date_line", "2023-04-12", "day", None, 1, article)


def test_an_undated_item_takes_the_year_and_month_its_sheet_printed():
    dates = date_articles([FIRST, LATER], printed=[_head_date(0)])
    assert dates[0].date == "2023-04-12"
    assert (dates[1].year, dates[1].month) == (2023, 4)


def test_an_item_with_a_year_of_its_own_keeps_it():
    older = "2021年，柳湾县总工会组织12名医生为返乡农民工开展体检。"
    dates = date_articles([FIRST, older], printed=[_head_date(0)])
    assert dates[1].year == 2021


def test_a_page_with_no_date_anywhere_stays_undated():
    dates = date_articles([FIRST, LATER])
    assert all(d.year is None for d in dates)
