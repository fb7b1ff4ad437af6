"""A web copy's channel name printed alone at the foot of the page, under the article's
text (``工会要闻``, ``基层动态``, ``通知公告``): the site's label of the section the copy
was filed under, the page's furniture. Read as a display line it would be taken for a
photo's caption (a short line after text), or for a headline with no text under it.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import DISPLAY_SHAPES, TEXT_SHAPES, Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Most characters of a channel's name before its ending (工会|要闻, 县区工会|动态).
PREFIX_MAX = 4


@functools.cache
def _channel_re() -> re.Pattern[str]:
    endings = lexicon.load("page_furniture.yaml")["channel_name_endings"]
    words = "|".join(sorted(endings, key=len, reverse=True))
    return re.compile(rf"^[\u4e00-\u9fff]{{1,{PREFIX_MAX}}}(?:{words})$")


def names_a_channel(text: str) -> bool:
    """The line is a short name ending as a site's channels end (``工会要闻``)."""
    return bool(_channel_re().match(without_spaces(text)))


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
