"""A web copy's channel name printed alone at the foot of the page, under the article's
text (``工会要闻``, ``基层动态``, ``通知公告``): the site's label of the section the copy
was filed under, the page's furniture. Read as a display line it would be taken for a
photo's caption (a short line after text), or for a headline with no text under it.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.column_names import names_a_channel
from gonghui_build.layout.shapes import DISPLAY_SHAPES, TEXT_SHAPES, Shape
from gonghui_build.text.chars import ends_sentence

__all__ = ["channel_at_foot", "names_a_channel"]


def channel_at_foot(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """The page's last block but furniture when it is a one-line display channel name
    right under text that closes a sentence: nothing follows it that it could head."""
    last = [i for i, s in enumerate(shapes) if s is not Shape.FURNITURE]
    if len(last) < 2:
        return []
    i, before = last[-1], last[-2]
    block = blocks[i]
    if shapes[i] not in DISPLAY_SHAPES or len(block.lines) != 1 or block.heading_level:
        return []
    if shapes[before] not in TEXT_SHAPES or not ends_sentence(blocks[before].plain.strip()):
        return []
    return [i] if names_a_channel(block.plain) else []
