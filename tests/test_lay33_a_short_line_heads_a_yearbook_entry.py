"""On a yearbook page whose entries are headed in 【】, a short line of its own over a
paragraph, after an entry's closed sentence, heads the next entry (the bold head a text
layer printed plain); a body's name alone on its line is a section's heading, no entry."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = (
    "柳川年鉴（2020）\n"
    "柳川县总工会\n"
    "【概况】 2019年，全县有基层工会组织三百个，会员两万人。\n"
    "【职工之家建设】 全年新建职工之家十二个，其中模范职工之家三个。\n"
    "职工书屋建设\n"
    "全年新建职工书屋八家，配送图书五千册。\n"
    "金秋助学\n"
    "全年资助困难职工子女一百二十名，发放助学金四十万元。（柏云舟）\n"
    "柳川县妇女联合会\n"
    "【概况】 2019年，全县有村妇联组织二百个。\n"
)


def test_short_lines_head_entries_and_a_bodys_name_heads_none():
    lay = layout(split_blocks(PAGE))
    placed = {p.block.plain: (p.role, p.article) for p in lay.placed}
    assert len(lay.articles) == 5
    assert placed["职工书屋建设"] == ("headline", 2)
    assert placed["金秋助学"] == ("headline", 3)
    assert placed["柳川县妇女联合会"][1] is None
