"""A union site's own item names its writer in the header row (``来源：某区总工会
作者：某甲``) and closes the text with a bracket of the unit and that writer alone
(``（某区总工会 某甲）``): the header's writer is the item's author, as when the bracket
lists more names (auth27). Before, a bracket naming the writer alone kept the bare
name's correspondent role; a bracket of the name with no unit (``（某甲）``) still does
(real_dev3). Invented names (auth32, real_dev31's district union item)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "青禾市总工会\n"
    "首页 > 工作动态 > 基层动态\n"
    "青山区总工会开展春节送温暖活动\n"
    "发布时间：2024-02-06 10:15:32 来源：青山区总工会 作者：罗晓帆 浏览次数：427\n"
    "春节前夕，青禾市青山区总工会开展元旦春节送温暖活动，走访慰问困难职工126人。\n"
    "下一步，区总工会将于元宵节期间举办职工猜灯谜活动。\n"
    "{closing}\n"
    "责任编辑：钱立\n"
)


def test_the_headers_writer_alone_after_the_unit_is_the_author() -> None:
    assert page_authors(PAGE.format(closing="（青山区总工会 罗晓帆）")) == {("罗晓帆", "author")}


def test_the_writer_alone_with_no_unit_keeps_the_correspondent() -> None:
    assert page_authors(PAGE.format(closing="（罗晓帆）")) == {("罗晓帆", "correspondent")}
