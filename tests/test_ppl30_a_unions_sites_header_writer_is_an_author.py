"""A web copy's header row naming a union's own site as its source (``来源：某某工会网
作者：某某``): a source ending in 网 read as a news outlet's, its writer a reporter; a
site named for a union is the union's own, written by its staff, no journalist, so
its writer is the item's author. A role word in the row keeps the reporter.
Invented names and items."""

from __future__ import annotations

from tests.conftest import page_authors

_PAGE = (
    "某区总工会走访慰问一线职工\n"
    "2024-01-20 09:12:30 来源：{source} 作者：{writer}\n"
    "{source}讯 近日，某区总工会慰问组到区环卫所看望坚守岗位的一线职工，送去慰问品。\n"
    "责任编辑：邝雨桐\n"
)


def test_the_writer_a_unions_site_names_is_an_author() -> None:
    page = _PAGE.format(source="河西工会网", writer="晏书墨")
    assert page_authors(page) == {("晏书墨", "author")}


def test_a_news_sites_writer_and_a_worded_writer_stay_reporters() -> None:
    assert page_authors(_PAGE.format(source="河西新闻网", writer="晏书墨")) == {
        ("晏书墨", "reporter")
    }
    assert page_authors(_PAGE.format(source="河西工会网", writer="记者 晏书墨")) == {
        ("晏书墨", "reporter")
    }
