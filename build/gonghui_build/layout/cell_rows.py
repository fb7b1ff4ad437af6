"""Lines of a list printed as cells: each a paragraph of its own.

An award list in a report prints its winners' names on a line (``某某  某某  某某``) and
its units side by side, wide blanks apart (``某某区建设工会    某某区教育工会``). Such a
line ends no sentence, so the paragraphs' assembly took it for running text the page had
broken and joined it to the next line of text (the units ran into the names under the
next award's heading). A one-line block of text that is names alone, or cells apart by
wide blanks with no punctuation, is a row: a paragraph of its own, as a roster's line is
(:mod:`roster`).
"""

from __future__ import annotations

from gonghui_build.layout import cues
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.tables import WIDE_GAP_RE
from gonghui_build.text.chars import is_cjk

#: What a row of cells never holds: a sentence's or a list's punctuation.
ROW_MARKS = frozenset("，,。；;！!？?、：:")
#: Fewest Chinese characters of a cell (a name of two).
CELL_MIN = 2


def cell_rows(blocks: list[Block], shapes: list[Shape]) -> frozenset[int]:
    """The one-line text blocks that are a list's row: names alone, or two cells or more
    apart by wide blanks, with no punctuation."""
    return frozenset(
        b.index
        for b in blocks
        if shapes[b.index] is Shape.BODY and len(b.lines) == 1 and _row(b.plain.strip())
    )


def _row(text: str) -> bool:
    if not text or ROW_MARKS & set(text):
        return False
    if cues.is_bare_names(text):
        return True
    cells = [c for c in WIDE_GAP_RE.split(text) if c]
    return len(cells) >= 2 and all(len(c) >= CELL_MIN and all(map(is_cjk, c)) for c in cells)
