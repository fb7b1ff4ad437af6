"""A union site's own item names its writer in the header row (``作者：某甲``) and closes
the text with a bracket of its unit and names and no role word (``（某街道总工会 某甲
某乙）``): the header's writer is the author (ANNOTATION.md, the real_dev24 side of
``作者：``), the bracket's other name a correspondent. Before, the bracket read both as
correspondents, and the header's author, credited in the text, was dropped. A role word
in the text keeps its role. Invented names (auth27, real_dev27's district union site)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "青禾市青山区总工会\n"
    "首页 > 基层动态 > 正文\n"
    "东城街道总工会为环卫工人送清凉\n"
    "来源：青山区东城街道总工会  作者：罗晓帆  发布时间：2023-07-14 10:26  浏览次数：486\n"
    "7月12日上午，青山区东城街道总工会在街道职工驿站开展夏季送清凉活动，为辖区80名环卫工人送上防暑用品。\n"
    "街道总工会负责人表示，今年将在8月底前走访辖区在建工地12个。\n"
    "{closing}\n"
    "【打印本页】 【关闭窗口】\n"
)


def test_the_headers_writer_is_the_author_and_the_other_name_a_correspondent() -> None:
    assert page_authors(PAGE.format(closing="（东城街道总工会 罗晓帆 钱立）")) == {
        ("罗晓帆", "author"),
        ("钱立", "correspondent"),
    }


def test_a_role_word_in_the_closing_keeps_its_role() -> None:
    found = page_authors(PAGE.format(closing="（通讯员 罗晓帆 钱立）"))
    assert ("罗晓帆", "correspondent") in found
    assert ("罗晓帆", "author") not in found


def test_the_headers_writer_alone_in_the_bracket_keeps_the_texts_role() -> None:
    # real_dev3: ``作者：某某`` over a text closed by ``（某某）`` alone, a correspondent
    assert page_authors(PAGE.format(closing="（罗晓帆）")) == {("罗晓帆", "correspondent")}
