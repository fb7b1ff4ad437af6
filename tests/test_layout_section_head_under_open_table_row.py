"""A gazetteer's section head (``第二节 …``) on its own line opens a block of its own,
even under a table row that ends on an open dash (a term of office still running).
Invented text in the shape of a county gazetteer."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.display import is_part_head

PAGE = """\
第一节 组织沿革
1950年3月，青川县工会筹备委员会成立，至1987年底全县有基层工会九十个。
历任主要负责人
主 任   范立新   1950.3—1956.8
主 席   程晓岚   1981.2—
第二节 主要活动
劳动竞赛 1958年，县工会在县农机厂开展技术革新竞赛，参赛职工二百余人。
"""


def test_a_section_head_under_an_open_ended_table_row_is_a_block_of_its_own() -> None:
    blocks = [b.plain for b in split_blocks(PAGE)]
    assert "第二节 主要活动" in blocks
    assert not any(b.endswith("第二节 主要活动") and b != "第二节 主要活动" for b in blocks)


def test_part_heads_are_short_lines_of_a_numbered_chapter_or_section() -> None:
    assert is_part_head("第二节 主要活动")
    assert is_part_head("第一章 工 会")
    assert not is_part_head("第二节课上，讲师介绍了劳动合同的签订要点。")
    assert not is_part_head("第三条 本办法自发布之日起施行")
