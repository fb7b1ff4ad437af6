"""A credit in brackets on a line of its own under a headline (``青川县总工会为环卫工人送
清凉`` / ``（李晓梅 通讯员 王建平 赵丽娟）`` / ``7月18日，…``): a provincial workers' paper
prints its reporters' and correspondents' names so when the item opens with no dateline.
Read alone the line is an item's closing credit; between a headline and the item's text
nothing closes there, so it is the byline that opens the item, not page furniture."""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.neighbours import Neighbours
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape
from gonghui_build.text.chars import without_spaces

#: Brackets a credit under a headline is printed in.
_BRACKETS = (("（", "）"), ("(", ")"))


def _bracketed(text: str) -> bool:
    """The line is one pair of brackets and what they hold."""
    compact = without_spaces(text)
    return any(compact.startswith(o) and compact.endswith(c) for o, c in _BRACKETS)


def head_credits(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """Mark a bracketed credit between a headline and the body it heads as the item's
    byline (in place)."""
    for i, shape in enumerate(shapes):
        if shape is not Shape.END_CREDIT or not _bracketed(blocks[i].plain):
            continue
        before, after = near.before[i], near.after[i]
        if before is None or after is None or shapes[before] not in DISPLAY_SHAPES:
            continue
        if shapes[after] is Shape.BODY:
            shapes[i] = Shape.BYLINE
