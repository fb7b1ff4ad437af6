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

from gonghui_build.layout.cues import CONTINUATION_MARKER
from gonghui_build.layout.cuts import split_groups_at
from gonghui_build.layout.lines import Line
from gonghui_build.text.chars import ends_sentence

#: A continuation marker closing a line: in brackets, or bare after a sentence's end.
_TAIL_RE = re.compile(rf"(?P<bracketed>[（(]\s*)?{CONTINUATION_MARKER}\s*(?(bracketed)[）)])\s*$")


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
    cuts = {
        (g, k): cut
        for g, group in enumerate(groups)
        for k, line in enumerate(group)
        if (cut := continued_tail_start(line.text)) is not None
    }
    return split_groups_at(groups, cuts)
