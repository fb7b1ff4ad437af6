"""Lists of people numbered one a line, however short.

An honours report may print its lists one person a line, each line numbered
(``1.某某 某单位职务``), under the award's heading or a numeral alone (``一`` / ``1.某某 …`` /
``2.某某 …`` / ``二`` / ``1.某某 …``). A roster's lines are read as such in runs of three
(:data:`roster.ROSTER_RUN_MIN`), as two unnumbered lines of a name and a post may be
captions under a photo; but a list's numbers counting from 1 in order are evidence of a
list that a caption does not print, so two such lines are a list's rows, each a body
paragraph (``ANNOTATION.md``: a list printed one item a line under a heading has one body
paragraph a line).
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.roster import name_gap, winner_name

#: The list number opening a row: an Arabic numeral and its point or comma mark.
_ROW_NUMBER_RE = re.compile(r"^\s*(\d{1,3})[.．、]")
#: Fewest numbered rows that make a list.
NUMBERED_ROWS_MIN = 2


def numbered_name_rows(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The blocks (indices) of runs of one-line blocks numbered 1, 2, … in order, each a
    person's line (the name and the post, either way round), none in ``skip``
    (furniture); ``NUMBERED_ROWS_MIN`` or more make a list."""
    out: set[int] = set()
    run: list[int] = []
    for b in [*blocks, None]:
        number = _row_number(b, skip) if b is not None else None
        if number is not None and number == len(run) + 1:
            run.append(b.index)
            continue
        if len(run) >= NUMBERED_ROWS_MIN:
            out.update(run)
        run = [b.index] if number == 1 else []
    if len(run) >= NUMBERED_ROWS_MIN:
        out.update(run)
    return frozenset(out)


def _row_number(block: Block, skip: set[int]) -> int | None:
    """The list number of a person's line, or None when ``block`` is no such line."""
    match = _ROW_NUMBER_RE.match(block.plain)
    if match is None or block.index in skip or len(block.lines) != 1:
        return None
    if name_gap(block.plain) is None and winner_name(block.plain) is None:
        return None
    return int(match.group(1))
