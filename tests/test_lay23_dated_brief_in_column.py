"""A column of untitled briefs whose first opens with the paper's bare dateline: the
column's name is the page's, and each brief is an item of its own."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """工作简报
本报讯 5月6日，青川县总工会召开全委会，会议增补林小溪为县总工会副主席。（甘木）
日前，青川县木鱼镇工会为20名困难职工送去慰问金。（通讯员 易朗）
5月2日，青川县乔庄镇工会举办职工拔河比赛，12支队伍参赛。（记者 白云）
"""


def test_the_column_name_heads_no_brief() -> None:
    pl = layout(split_blocks(PAGE))
    roles = {p.block.plain: p.role for p in pl.placed}
    assert roles["工作简报"] != "headline"
    assert len(pl.articles) == 3


def test_the_bare_dateline_keeps_its_role() -> None:
    placed = layout(split_blocks(PAGE)).placed
    first = next(p for p in placed if p.block.plain.startswith("本报讯"))
    assert first.role == "dateline"
