"""A headline set over two lines between two news items, no dateline under it, its
second line shorter than a new item's title: measured whole (both lines), it opens an
item of its own over a news lead (``近日，…``), not a heading inside the item above."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = (
    "青禾职工报\n"
    "2024年7月9日 星期二\n"
    "青禾区职工乒乓球赛收拍\n"
    "本报讯（通讯员 柏云舟）7月6日，青禾区职工乒乓球赛在区体育馆收拍，二十支队伍参赛。\n"
    "区总工会副主席祁晓岚为获奖队伍颁奖。\n"
    "柳川县总工会为砖厂\n"
    "一线工人送清凉\n"
    "近日，柳川县总工会走进十二家砖厂，为一线工人送去绿豆和毛巾等防暑物品。\n"
    "县总工会副主席许映竹叮嘱企业落实高温津贴。\n"
)


def test_the_two_lines_head_a_new_item():
    placed = {p.block.plain: (p.role, p.article) for p in layout(split_blocks(PAGE)).placed}
    assert placed["柳川县总工会为砖厂"] == ("headline", 1)
    assert placed["一线工人送清凉"] == ("headline", 1)
    assert placed["县总工会副主席许映竹叮嘱企业落实高温津贴。"] == ("body", 1)
