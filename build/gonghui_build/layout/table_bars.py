"""Bars a copied table's frame leaves at the end of a line of text.

A statistics yearbook's table copied from a web page keeps the bars of its cells: the
table's title over it (``表15—4 工会组织基本情况 | ||``, ``20-1工会组织情况 |``), its note
under it (``注：本表数据由市总工会提供。 |``), and a yearbook site whose whole page sits in
a frame ends the entry's title and its text with one (``…一书 |``). The bars are the
frame's, not the title's or the text's: cut off, the title is read as printed and a credit
closing the text (``…（某某） |``) closes it again. A Markdown table's row, bars between
its cells, is left whole (:mod:`tables` reads it).
"""

from __future__ import annotations

import re

from gonghui_build.text.chars import cjk_count

#: A run of bars (and blanks between them) ending a line, after text that holds none.
_TRAILING_BARS_RE = re.compile(r"^[^|｜]*[^|｜\s][ \t\u3000]*(?=[|｜][|｜\s]*$)")
#: Fewest Chinese characters in the text before the bars: a cell's number or an English
#: caption (``1952 |``, ``Year |``) stays with its bar, a table's furniture.
BARRED_TEXT_MIN_CJK = 2
#: Longest text (characters) cut off empty cells closing it (``… | |``, ``… | ||``): a
#: table's title; a long text before empty cells is a row of a Markdown table, whole.
TITLE_BEFORE_CELLS_MAX = 40


def trailing_bars_start(text: str) -> int | None:
    """Where the bars closing a line of text start, blanks before them included
    (``表15—4 工会组织基本情况 | ||`` → 15), or None: no bars at its end, a bar inside
    its text (a table's row), too little Chinese before them, or a long text before empty
    cells (a Markdown table's row: ``新华社北京9月21日电 … | |``)."""
    head = _TRAILING_BARS_RE.match(text)
    if head is None or cjk_count(head.group(0)) < BARRED_TEXT_MIN_CJK:
        return None
    cells = text[head.end() :].count("|") + text[head.end() :].count("｜") > 1
    if cells and len(head.group(0).strip()) > TITLE_BEFORE_CELLS_MAX:
        return None
    return len(head.group(0))
