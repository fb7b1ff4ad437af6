"""A spaced table's header row (``届次　时间　主席　副主席``: no digit, over rows that each
print one) names the columns and is no paragraph; a row whose last column holds more
names set apart by blanks is a row of the same table.
Invented text in the shape of a county gazetteer's table."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
第二节 县总工会
一、组织沿革
1951年5月，松溪县工会筹备委员会成立，至1988年底全县有基层工会八十四个。
二、历届代表大会
届次　时间　主席　副主席
第一次　1951.5　邹立成　温若兰
第二次　1957.8　罗季平　温若兰
第三次　1964.3　蒋春和　韦立群　覃小满
第四次　1981.6　贺长明　龙晓梅　伍志刚
三、主要工作
劳动竞赛　1959年，县工会在县造纸厂开展节约原料竞赛，参赛职工一百八十余人。
"""


def test_a_header_row_is_no_paragraph_and_wider_rows_stay_rows() -> None:
    page = layout(split_blocks(PAGE))
    roles = {p.block.plain: (p.role, p.block.index in page.rows) for p in page.placed}
    assert roles["届次　时间　主席　副主席"] == ("section_heading", False)
    for row in ("第一次", "第二次", "第三次", "第四次"):
        line = next(plain for plain in roles if plain.startswith(row))
        assert roles[line] == ("body", True)
