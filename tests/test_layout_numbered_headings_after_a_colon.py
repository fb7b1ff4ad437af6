"""Numbered headings after a lead-in with a colon open sections of the text; pinned with
an invented page of a meeting report's shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _roles(text: str) -> list[tuple[str, int | None, str]]:
    page = layout(split_blocks(text))
    return [(p.role, p.article, p.block.plain) for p in page.placed]


def test_numbered_headings_after_a_colon_open_sections_not_a_list():
    text = """市总工会召开全委会议
本报讯（记者 韦川）1月9日，市总工会召开全委会议。会议指出，过去一年工作主要体现在两个方面：
一、思想引领有力有效
全市工会组织宣讲三百余场。
二、建功舞台更加广阔
全市开展劳动竞赛一百余项。
"""
    placed = _roles(text)
    heads = [role for role, _, t in placed if t.startswith(("一、", "二、"))]
    assert heads == ["section_heading", "section_heading"]
