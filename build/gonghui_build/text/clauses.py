"""Sentences and clauses of Chinese prose: the one scanner every rule reads them with.

A clause ends at a comma, a full stop, a question or exclamation mark, a semicolon, a
colon or a line break (an article's text joins its paragraphs with one). A sentence
ends at 。！？ only. Punctuation inside a quotation (“…，…。”) ends neither, unless the
quotation runs on so long that its closing mark was lost to the OCR.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from gonghui_build.text.chars import FULL_WIDTH_STOPS

#: Punctuation that ends a clause.
CLAUSE_PUNCT = "，。！？；：\n"
#: Characters after which a word opens a clause (a name standing alone, not inside a
#: phrase): clause and list punctuation, quotes, brackets, a blank, a line break.
CLAUSE_STARTS = "，。；：！？、“”‘’（）《》 \n"
#: Punctuation that ends a sentence or a part of one read on its own: a sentence's end
#: (``text.chars.FULL_WIDTH_STOPS``; ；separates clauses of one sentence), a semicolon
#: between its parts (获奖者有…；获奖单位有…) and a line break (a list's line; an
#: article's text joins its paragraphs with one).
SENTENCE_PART_END = FULL_WIDTH_STOPS + "；\n"
#: A quotation longer than this is taken to be unbalanced OCR, not a quotation.
MAX_QUOTE = 200

_QUOTED_RE = re.compile(r"“[^”]*”|《[^》]*》")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as (start, end); a sentence end inside a quotation does
    not end one (作“……。”的专题辅导)."""
    out, start, opened = [], 0, None
    for i, ch in enumerate(text):
        if ch == "“":
            opened = i
        elif ch == "”":
            opened = None
        elif ch in FULL_WIDTH_STOPS and (opened is None or i - opened > MAX_QUOTE):
            out.append((start, i + 1))
            start, opened = i + 1, None
    if start < len(text):
        out.append((start, len(text)))
    return out


def _stops(text: str, positions: range, quote_opens: str, quote_closes: str) -> Iterator[int]:
    """The positions, in the order given, of clause punctuation outside quotations."""
    depth = 0
    for k in positions:
        ch = text[k]
        if ch == quote_opens:
            depth += 1
        elif ch == quote_closes:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in CLAUSE_PUNCT:
            yield k


def clauses(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Clauses of ``text[lo:hi]`` as (start, end), the punctuation left out."""
    hi = len(text) if hi is None else hi
    out, start = [], lo
    for k in _stops(text, range(lo, hi), "“", "”"):
        out.append((start, k))
        start = k + 1
    if start < hi:
        out.append((start, hi))
    return out


def clause_start(text: str, pos: int, lo: int = 0) -> int:
    """Start of the clause that holds ``pos`` (not before ``lo``)."""
    found = next(_stops(text, range(pos - 1, lo - 1, -1), "”", "“"), None)
    return lo if found is None else found + 1


def clause_end(text: str, pos: int, hi: int | None = None) -> int:
    """End of the clause that holds ``pos`` (not after ``hi``), its punctuation left out:
    the first stop after ``pos`` (not every clause to ``hi``, as ``clauses`` finds them)."""
    hi = len(text) if hi is None else hi
    found = next(_stops(text, range(pos, hi), "“", "”"), None)
    return hi if found is None else found


def phrase_opening(text: str, end: int, longest: int, openers: Container[str]) -> int:
    """Where the phrase ending at ``end`` opens, after one of ``openers`` (or at the
    text's start); read back at most one character past ``longest``, so that a phrase
    longer than ``longest`` opens ``longest + 1`` characters before ``end``."""
    start = end
    while start > 0 and text[start - 1] not in openers and end - start <= longest:
        start -= 1
    return start


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations and titles of works (“…”, 《…》) in ``text``."""
    return [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` shares a character with one of ``spans``."""
    return any(a < end and start < b for a, b in spans)
