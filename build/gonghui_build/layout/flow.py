"""How a page's lines run: the width a hard-wrapped page wraps each column at (in display
columns, or in characters: a web copy of a printed text wraps at a count of characters)
and whether it indents its paragraphs. :mod:`blocks` reads it to tell a line broken at
the wrap from one that ends its paragraph."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from gonghui_build.layout.edge_cuts import full_width
from gonghui_build.layout.lines import Line
from gonghui_build.layout.roster import name_gap
from gonghui_build.text.chars import ends_sentence

#: Fewest lines at the wrap width that show a hard-wrapped page.
WRAPPED_LINES = 3
#: Narrowest wrap width (display columns) of a page's main flow.
WRAP_MIN = 16
#: How far short of the wrap width (display columns) a full line may end.
WRAP_SLACK = 4
# an entry of a web page's bulleted list (``  • 首页``, ``  · 工作动态``, ``  - 阅读``): the
# list's indent, never a paragraph's
_LIST_ENTRY_RE = re.compile(r"[•·◦▪]|[-*]\s")


@dataclass(frozen=True)
class Flow:
    """How the page's lines run: hard-wrapped at ``wrap`` (display columns, or characters
    when ``by_chars``), indenting paragraphs."""

    wrap: dict[int, int | None]  # wrap width of the main flow (0) and of each column
    indents: bool
    by_chars: bool = False  # wrapped at a count of characters (a web copy of a gazetteer)

    def size(self, line: Line) -> int:
        """Where on the page ``line`` ends, in the unit the page wraps at."""
        return _char_size(line) if self.by_chars else full_width(line)

    @property
    def slack(self) -> int:
        return WRAP_SLACK // 2 if self.by_chars else WRAP_SLACK


def _char_size(line: Line) -> int:
    """Characters of a line with its indent (two display columns a character)."""
    return line.indent // 2 + len(line.text)


def _wrap_width(lines: list[Line], minimum: int, size=full_width, slack: int = WRAP_SLACK):
    """The width most lines that do not end a sentence reach (the most common one, the
    wider on a tie), with the share of those lines that reach it exactly: the page's wrap
    width, or None when the lines are paragraphs."""
    sizes = [size(line) for line in lines]
    cut = [w for w, line in zip(sizes, lines, strict=True) if not ends_sentence(line.text)]
    counts = Counter(w for w in cut if w >= minimum)
    if not counts:
        return None
    widest = [w for w in counts if _near(counts, w, slack) >= WRAPPED_LINES]
    if not widest:
        return None
    # the most common width, unless lines printed wider than it by more than a character
    # or two of jitter are many: then the widest width that several lines reach
    mode = max(counts, key=lambda w: (counts[w], w))
    best = mode if max(widest) - slack <= mode <= max(widest) else max(widest)
    wider = sum(w > best + slack for w in sizes)
    if wider > max(1, len(lines) // 10):
        return None  # most text runs past it: lines are paragraphs, not a wrapped column
    full = [line for w, line in zip(sizes, lines, strict=True) if w >= best - slack]
    inner = sum(any(p in line.text[:-1] for p in "，、。；") for line in full)
    unfinished = sum(not ends_sentence(line.text) for line in full)
    if inner < WRAPPED_LINES or 2 * unfinished < len(full):
        return None
    return best, counts[best] / len(cut)


def _near(counts: Counter, w: int, slack: int) -> int:
    """Lines whose width is ``w`` or up to ``slack`` short of it."""
    return sum(n for x, n in counts.items() if w - slack <= x <= w)


def page_flow(lines: list[Line]) -> Flow:
    """The wrap of each column, read in display columns and in characters: the reading
    whose wrap width more lines reach exactly is the page's (a web copy of a printed
    text wraps at a count of characters, half-width digits and all)."""
    columns = sorted({line.column for line in lines})
    readings = {}
    for by_chars in (False, True):
        size, slack = (_char_size, WRAP_SLACK // 2) if by_chars else (full_width, WRAP_SLACK)
        readings[by_chars] = {}
        for c in columns:
            minimum = WRAP_MIN if c == 0 else 8
            own = [line for line in lines if line.column == c]
            readings[by_chars][c] = _wrap_width(own, minimum // (2 if by_chars else 1), size, slack)
    by_chars = _share(readings[True]) > _share(readings[False])
    wrap = {c: found[0] if found else None for c, found in readings[by_chars].items()}
    main = [line for line in lines if line.column == 0]
    # a roster line set under its label's colon is aligned, and a web page's bulleted menu
    # (``  • 首页``) is indented as a list: neither is a paragraph's indent
    indented = sum(
        line.indent >= 2
        and not name_gap(line.text)
        and not _LIST_ENTRY_RE.match(line.text.lstrip())
        for line in main
    )
    return Flow(wrap=wrap, indents=indented >= 2 and indented < len(main), by_chars=by_chars)


def _share(reading: dict) -> float:
    return max((found[1] for found in reading.values() if found), default=0.0)
