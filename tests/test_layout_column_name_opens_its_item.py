"""A standing column's name (``劳模风采``, ``工会论坛``) printed over an item is the
column's, furniture, and opens that item: the article above it has ended, even when
the item's headline is too short to be read as a new news item's.
Invented text in the shape of a workers' paper's page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
柳林县总工会开办家政培训班
本报讯（通讯员 谭晓芸）为帮助下岗女工再就业，柳林县总工会日前开办家政培训班，四十人参加。
劳模风采
“老黄牛”不老
在县纺织厂的细纱车间，提起挡车工严素芬，姐妹们都说她是个“老黄牛”。
三十年来，她带出的徒弟有六十多人。
"""


def test_a_columns_name_is_furniture_and_opens_the_item_under_it() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 2
    roles = {p.block.plain: (p.role, p.article) for p in page.placed}
    assert roles["劳模风采"] == ("furniture", None)
    assert roles["“老黄牛”不老"] == ("headline", 1)
