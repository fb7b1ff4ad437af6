"""Text that ends on a link to read it in full elsewhere (a site's side box after the
page's footer: ``某总工会简介 某总工会是…… 更多>``) is furniture, no article of its own.
Invented text in the shape of a union site's copy."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
当前位置：首页 > 市县动态
南川市总工会举办职工厨艺培训班
来源：南川市总工会　　发布时间：2021-05-12
5月10日，南川市总工会举办职工厨艺培训班，六十名餐饮职工参加培训。
培训期间，市烹饪协会的三位名厨现场授课。
（林晓 马青）
上一篇：南川市职工书屋建设推进会召开
南川市总工会简介 南川市总工会是全市各级工会和各产业工会的领导机关，下设办公室、组织部、权益保障部等六个部门，联系全市十二万名职工…… 更多>
©版权所有 南川市总工会
"""


def test_a_side_box_ending_on_a_more_link_is_furniture_not_an_article() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 1
    box = next(p for p in page.placed if p.block.plain.endswith("更多>"))
    assert box.role == "furniture"
