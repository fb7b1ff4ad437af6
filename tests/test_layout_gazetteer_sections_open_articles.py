"""A gazetteer's section is one article: the next section's head (``第二节 …``) printed
right under the last row of the section's table opens the next article; a running head
repeating the section's own head, or a head of another rank, does not.
Invented text in the shape of a county gazetteer."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.parts import part_number
from gonghui_build.layout.segment import layout

PAGE = """\
第一章 工 会
第一节 组织沿革
1951年5月，松溪县工会筹备委员会成立，至1988年底全县有基层工会八十四个。
历任主要负责人
职 务   姓 名   任职时间
主 任   邹立成   1951.5—1957.2
主 席   罗季平   1957.2—1966.5
主 任   蒋春和   1973.8—1982.6
主 席   温若兰   1982.6—
第二节 主要活动
劳动竞赛 1960年，县工会在县造纸厂开展节约原料竞赛，参赛职工一百八十余人。
职工教育 1983年，县总工会开办职工夜校三期，学员一百二十人。
"""


def _headlines(text: str) -> list[str]:
    page = layout(split_blocks(text))
    return [p.block.plain for p in page.placed if p.role == "headline"]


def test_the_next_section_under_a_table_row_opens_the_next_article() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 2
    assert _headlines(PAGE) == ["第一节 组织沿革", "第二节 主要活动"]


def test_only_the_next_section_of_the_same_rank_opens_an_article() -> None:
    assert len(layout(split_blocks(PAGE)).articles) == 2
    for other in ("第二章 共青团", "第四节 职工福利"):
        text = PAGE.replace("第二节 主要活动", other)
        assert len(layout(split_blocks(text)).articles) == 1


def test_part_numbers_read_the_rank_and_the_number() -> None:
    assert part_number("第十二节 职工福利") == (12, "节")
    assert part_number("第3章 工会") == (3, "章")
    assert part_number("第二节课上，讲师讲解了劳动合同。") is None
