"""Bars of a copied table's frame closing a line of text (``表3—2 某某情况 | ||``, ``…一书 |``)
are no part of the title or the text: the title is read as printed and a credit closing
the text is the byline again. Pinned with invented pages in the shapes of statistics
yearbooks' union tables and framed yearbook sites."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.block.plain.strip()) for p in layout(split_blocks(text)).placed]


STAT_TABLE = """表9—3 职工组织基本情况 | ||
指 标 | 2018年 | 2017年 |
基层工会数（个） | 4120 | 3987 |
工会会员数（人） | 612034 | 598870 |
专职工会干部（人） | 533 | 517 |
注：本表数据由区总工会提供。 |
"""


def test_a_statistics_tables_title_is_the_headline_without_its_bars():
    roles = _roles(STAT_TABLE)
    assert ("headline", "表9—3 职工组织基本情况") in roles
    assert not any(role == "headline" and "|" in text for role, text in roles)


def test_the_bars_closing_a_title_are_the_frames_furniture():
    roles = _roles(STAT_TABLE)
    assert ("furniture", "| ||") in roles


FRAMED_ENTRY = """|
|
工会年鉴 |
|
当前位置:
首页
>>2016年鉴职工文化 |
|
青禾市机床厂工会编印《车间里的读书声》职工读书文集 |
----------------------------------------------------------------------------- |
青禾市机床厂工会把近两年职工读书会的心得文章汇编成书，分为读书篇、技艺篇和家风篇三个部分，全书约二十万字，发到各车间班组。（林书远） |
|
[关闭窗口] |
"""


def test_a_framed_yearbook_entrys_title_and_credit_are_read_without_the_bars():
    roles = _roles(FRAMED_ENTRY)
    assert ("headline", "青禾市机床厂工会编印《车间里的读书声》职工读书文集") in roles
    assert ("byline", "（林书远）") in roles


MARKDOWN_ROWS = """职工运动会花絮 | |
---|---|
青禾网 2019年05月02日09:30 青禾日报 | |
新华社青禾5月1日电 记者 林书远 老队员带来了新项目 柏晓川是上世纪八十年代全市闻名的长跑好手，这次他带着自己编排的健身操来到运动会，教年轻职工一招一式地练。 | |
"""


def test_a_long_text_before_empty_cells_is_a_markdown_row_left_whole():
    page = layout(split_blocks(MARKDOWN_ROWS))
    assert len(page.articles) == 1
