"""A continuation marker naming a page of a lettered section (``（上接B1版）``) is
furniture like ``（上接第1版）``: the text under it is the rest of another page's
article, not the text of the photo item printed above it.
Invented text in the shape of a province paper's page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
第B2版 工会新闻
职工乒乓球赛开赛
9月3日，由市总工会主办的职工乒乓球赛在市体育馆开赛，四十支队伍参赛。
本报记者 蓝志远 摄
（上接B1版）
会议要求，各级工会要把新就业形态劳动者最关心的问题办好办实。
"""


def test_a_marker_naming_a_lettered_page_parts_the_rest_of_another_pages_article() -> None:
    page = layout(split_blocks(PAGE))
    marker = next(p for p in page.placed if p.block.plain == "（上接B1版）")
    assert marker.role == "furniture"
    assert len(page.articles) == 2
    assert page.articles[-1].continued
