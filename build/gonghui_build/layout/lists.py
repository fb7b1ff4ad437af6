"""Lists printed one item a line after a lead-in that ends with a colon.

Notices, award reports, yearbooks and gazetteers print the units and people they name as
a list: ``名单如下：``, ``获奖单位：``, ``历任主席：`` over a unit's name a line, or a person
and the years of a post (``某某某（1963—1968）``). Each item is a paragraph of the text,
however short: not a photo caption, a heading or the page's banner.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import ENTRY_HEAD_RE, NUMBERED_RE
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_with_colon, without_spaces

#: A chapter's or a section's heading (``第二节 主要工作``): no item of a list.
_PART_HEAD_RE = re.compile(r"^第[一二三四五六七八九十百零\d]{1,3}[章节篇编卷部分]")
#: Fewest lines of a list read as one, and the longest of its lines (characters).
LIST_RUN_MIN = 2
LIST_LINE_MAX = 40
#: Shapes a list's item is misread in; a portrait's caption (a title and a name under
#: ``部分学员发言：``) stays one.
_ITEM_SHAPES = (Shape.DISPLAY, Shape.BODY)
#: What no item of a list holds: the marks of a sentence.
_CLAUSE_MARKS = frozenset("。！？；!?;")


def _list_item(block: Block, shape: Shape) -> bool:
    compact = without_spaces(block.plain)
    return (
        len(block.lines) == 1
        and shape in _ITEM_SHAPES
        and 2 <= len(compact) <= LIST_LINE_MAX
        and not any(ch in _CLAUSE_MARKS for ch in compact)
        and not ends_with_colon(compact)
        and not NUMBERED_RE.match(compact)
        and not ENTRY_HEAD_RE.match(compact)
        and not _PART_HEAD_RE.match(compact)
    )


def list_lines(blocks: list[Block], shapes: list[Shape]) -> frozenset[int]:
    """The blocks (indices) that are the items of lists printed one a line: runs of at
    least ``LIST_RUN_MIN`` short lines that hold no sentence, right after a lead-in that
    ends with a colon. A numbered line, an entry head or a section's heading ends the
    list (``会议指出……四个方面：`` over ``一、……`` opens sections, not a list)."""
    out: set[int] = set()
    for lead, block in enumerate(blocks[:-1]):
        if shapes[lead] is Shape.FURNITURE or not ends_with_colon(block.plain):
            continue
        run: list[int] = []
        for b in blocks[lead + 1 :]:
            if not _list_item(b, shapes[b.index]):
                break
            run.append(b.index)
        if len(run) >= LIST_RUN_MIN:
            out.update(run)
    return frozenset(out)
