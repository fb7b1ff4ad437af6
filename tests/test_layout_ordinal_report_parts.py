"""A report's parts headed by ordinals in turn (``一、…`` / text / ``二、…`` / text) are
section headings of one article, never body paragraphs nor new articles, even when
a part's text opens with a day like a news item.
Invented text in the shape of an enterprise union's yearly summary."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
松溪纺织有限公司工会2015年工作总结
2015年，公司工会在公司党委的领导下，团结带领全体职工，完成了全年各项任务。
一、抓好民主管理，职代会制度有效运行
3月12日，公司召开二届四次职工代表大会，九十名代表审议通过了集体合同草案。
二、开展劳动竞赛，助推生产任务完成
4月至10月，工会在各车间开展节能降耗竞赛，共收到合理化建议一百二十条。
三、关心职工生活，帮扶工作落到实处
春节前走访慰问困难职工十五户，发放慰问金三万元。
"""


def test_ordinal_parts_in_turn_are_section_headings_of_one_article() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 1
    parts = [p for p in page.placed if p.block.plain[1:2] == "、"]
    assert len(parts) == 3
    assert all(p.role == "section_heading" for p in parts)
