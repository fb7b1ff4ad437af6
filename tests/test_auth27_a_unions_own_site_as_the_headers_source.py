"""A header row whose source is a union's own website (``来源：某某工会网 作者：某某``) is
the union posting its staff's text, as ``来源：某县总工会`` is: the 作者 is the author
(ANNOTATION.md: ``作者：`` on a union's own item gives role ``author``). Before, the
site's 网 read as a news site's and the name as its reporter. A reporter the text credits
keeps that role. Invented names (auth27, real_dev26's county union site)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "青禾县总工会腊月走基层送温暖\n"
    "2024-02-05 10:16:42 来源：{source} 作者：罗晓帆\n"
    "{dateline}农历腊月二十三，青禾县总工会慰问组先后到县环卫服务中心和供水站，看望慰问坚守岗位的一线职工。\n"
    "据了解，今年两节期间，县总工会计划慰问各类职工千余人次。\n"
    "责任编辑：钱立\n"
)


def test_the_union_sites_writer_is_the_author() -> None:
    page = PAGE.format(source="青禾工会网", dateline="青禾工会网讯 ")
    assert page_authors(page) == {("罗晓帆", "author")}


def test_a_news_sites_writer_stays_its_reporter() -> None:
    page = PAGE.format(source="青禾新闻网", dateline="青禾新闻网讯 ")
    assert page_authors(page) == {("罗晓帆", "reporter")}


def test_a_reporter_the_text_credits_keeps_the_role() -> None:
    page = PAGE.format(source="青禾工会网", dateline="青禾工会网讯（记者 罗晓帆）")
    assert page_authors(page) == {("罗晓帆", "reporter")}
