"""Sentences for the model: one model call reads one sentence.

A sentence ends after a run of sentence-final punctuation (with the closing quotes or
brackets that follow it) or at a line break. Whitespace at either end is left out, and
a sentence longer than ``MAX_SENTENCE`` characters (a list of names with no full stop,
a garbled run) is cut at its last comma before the limit, or at the limit.
"""

from __future__ import annotations

import re

ENDERS = "。！？!?；;…"
CLOSERS = "”’」』）)》"
#: Where a too-long sentence may be cut, best first.
SOFT_BREAKS = "，,、：: \u3000"
MAX_SENTENCE = 256

_PIECE = re.compile(
    rf"[^\n{re.escape(ENDERS)}]+(?:[{re.escape(ENDERS)}]+[{re.escape(CLOSERS)}]*)?"
    rf"|[{re.escape(ENDERS)}]+[{re.escape(CLOSERS)}]*"
)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    out = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(c) for c in SOFT_BREAKS) + 1
        cut = start + (cut if cut > 0 else limit)
        piece = trimmed(text, start, cut)
        if piece[0] < piece[1]:
            out.append(piece)
        start = trimmed(text, cut, end)[0]
    if start < end:
        out.append((start, end))
    return out


def split_sentences(text: str, limit: int = MAX_SENTENCE) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``text``, in order, never overlapping."""
    out: list[tuple[int, int]] = []
    for m in _PIECE.finditer(text):
        start, end = trimmed(text, m.start(), m.end())
        if start < end:
            out += _cut_long(text, start, end, limit)
    return tuple(out)
