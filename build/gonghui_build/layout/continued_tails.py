"""A continuation marker printed at the end of a line of text.

A printed page sets ``（上接第1版）`` after the headline of an item continued from another
page and ``（下转第4版）`` after the last words of an item continued on another; a text
layer keeps them on the line they close (``某某大赛决赛落幕（上接第1版）``,
``…办成常态化品牌。（下转第4版）``). The marker is page furniture, as it is on a line of its
own (:func:`.cues.is_continuation_marker`): :func:`cut_continued_tails` cuts it off as a
group of its own, so the headline is read without it and the text ends where it ends.
"""

from __future__ import annotations

import re

from gonghui_build.layout.cuts import split_line
from gonghui_build.layout.lines import Line
from gonghui_build.text.chars import ends_sentence
from gonghui_build.text.numbers import TEN_NUMERALS

#: A continuation marker closing a line: in brackets, or bare after a sentence's end.
_TAIL_RE = re.compile(
    rf"(?P<bracketed>[（(]\s*)?(?:上接|下转|转|接)\s*(?:第\s*)?[A-Ha-hＡ-Ｈ]?\s*"
    rf"[0-9０-９{TEN_NUMERALS}]+\s*版\s*(?(bracketed)[）)])\s*$"
)


def continued_tail_start(text: str) -> int | None:
    """Where a continuation marker closing ``text`` starts, or ``None``: a marker in
    brackets after any text, a bare one only after a sentence's end (``…转第4版`` after
    words may be the sentence's own)."""
    match = _TAIL_RE.search(text)
    if not match or match.start() == 0:
        return None
    before = text[: match.start()].rstrip()
    if not before:
        return None
    if match.group("bracketed") or ends_sentence(before):
        return match.start()
    return None


def cut_continued_tails(groups: list[list[Line]]) -> list[list[Line]]:
    """``groups`` with each continuation marker closing a line cut off as a group of its
    own, the group it closed ended there."""
    out: list[list[Line]] = []
    for group in groups:
        current: list[Line] = []
        for line in group:
            cut = continued_tail_start(line.text)
            if cut is None:
                current.append(line)
                continue
            text, marker = split_line(line, cut)
            out.append([*current, text])
            out.append([marker])
            current = []
        if current:
            out.append(current)
    return out
