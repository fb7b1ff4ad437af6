"""The lines of a copy's note on the title its item had at the source
(``原标题：某市总工会推进某项工作（引题）`` / ``三家工作室同日揭牌（主题）``).

A site that copies another's item prints its own title, then may name the source's
title under a ``原标题：`` field. When the source's head had several lines, the note
prints each on its own line and marks its role in brackets after it: ``（引题）`` the
kicker, ``（主题）`` the headline, ``（副题）`` the subtitle. The ``原标题：`` line is a
field of the page's furniture already; the marked lines after it are the same note
(the copy's own title stays its headline): read alone, a ``（主题）`` line under the
copy's title looks like its subtitle. Lines that carry a role's mark and follow the
field without a break are taken. A note may print the source's head over two lines
with no marks (``原标题：某市总工会推进某项工作`` / ``三家工作室同日揭牌``): a display line
right under the field, no blank between, holding no sentence, with the item's text
(no other display line) under it, is the note's too (:data:`UNMARKED_MAX` at most); a
line after a blank, or a run of display lines running into another head, is the
item's own.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import SENTENCE_MARKS, without_spaces

#: The field that opens a note on the source's title.
_ORIGINAL_FIELD_RE = re.compile(r"^原标题[:：]")
#: A head line's role, marked in brackets at its end (kicker, headline, subtitle; 肩题
#: and 眉题 are other names of the kicker).
_ROLE_MARK_RE = re.compile(r"[（(](?:引题|肩题|眉题|主题|副题)[）)]$")
#: Most unmarked lines of a note on the source's head (a kicker's and a headline's
#: rest, or a subtitle's).
UNMARKED_MAX = 2


def _marked(block: Block) -> bool:
    """One line ending with a head role's mark in brackets."""
    return len(block.lines) == 1 and bool(_ROLE_MARK_RE.search(without_spaces(block.plain)))


def source_title_lines(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """The marked lines right under a ``原标题：`` field of the page's furniture: the rest
    of the note on the source's title, furniture as the field is."""
    out: list[int] = []
    for i, block in enumerate(blocks):
        if shapes[i] is not Shape.FURNITURE:
            continue
        if not _ORIGINAL_FIELD_RE.match(without_spaces(block.plain)):
            continue
        j = i + 1
        while j < len(blocks) and _marked(blocks[j]):
            out.append(j)
            j += 1
        if j == i + 1:
            out += _unmarked_rest(blocks, shapes, j)
    return out


def _unmarked_rest(blocks: list[Block], shapes: list[Shape], j: int) -> list[int]:
    """The unmarked display lines from ``j`` on that continue the note without a break,
    when the item's text (no further display line) follows them; else none."""
    run: list[int] = []
    while (
        j < len(blocks)
        and shapes[j] is Shape.DISPLAY
        and len(blocks[j].lines) == 1
        and not blocks[j].lines[0].blank_before
        and not any(ch in SENTENCE_MARKS for ch in blocks[j].plain)
    ):
        run.append(j)
        j += 1
    ends_at_text = j < len(blocks) and shapes[j] is not Shape.DISPLAY
    return run if 0 < len(run) <= UNMARKED_MAX and ends_at_text else []
