"""A list led in by a paragraph ending on a colon (``…当选名单如下：``), one labelled item a
line (``主　席：某某``, ``焊工：某某（某公司电焊工）``), is the article's text: each line a
body paragraph, none a caption or a section heading.
Invented text in the shape of a printed front page's election report."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
松溪县总工会新一届领导班子选举产生
本报讯（记者 邓若林）6月17日上午，松溪县工会第九次代表大会选举产生新一届领导班子，当选名单如下：
主　席：韦立群（兼）
常务副主席：欧阳青
副主席：覃小满　龙一飞（兼职）
大会于17日中午闭幕。
"""


def test_labelled_lines_after_a_colon_are_each_a_body_paragraph() -> None:
    page = layout(split_blocks(PAGE))
    listed = [p for p in page.placed if "：" in p.block.plain[:6]]
    assert len(listed) == 3
    assert all(p.role == "body" and p.block.index in page.rows for p in listed)
