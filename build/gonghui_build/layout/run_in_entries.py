"""A yearbook's entry that opens mid-line, run on after the entry before it.

A yearbook sets its entries in narrow columns and runs each one on after the last one's
closing sentence (``…到会讲话。【劳动竞赛】 5月至10月，…``); a text layer keeps the
column's lines, so an entry's head may stand anywhere in a line, even break over two
(``…樊若兰。【职工代`` / ``表大会】 3月18日，…``). On a page that prints a yearbook's
entries (:func:`cuts.yearbook_entries`) the line is cut before such a head, so the
entry's group opens with it and the head is cut off as entries heading a line are
(:func:`cuts.split_group`). A label in brackets (``【编者按】``) is no entry.
"""

from __future__ import annotations

import re

from gonghui_build.layout import cues
from gonghui_build.layout.cuts import ENTRY_HEAD_MAX, split_line
from gonghui_build.layout.lines import Line
from gonghui_build.text.chars import SENTENCE_FINAL_MARKS

#: A sentence's end, then the opening of a bracket (blanks between).
_OPENING_RE = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_FINAL_MARKS)))}][ \\t\\u3000]*(【)")


def _head_after(text: str, start: int, next_text: str) -> bool:
    """Whether an entry head opens at ``start`` of ``text`` (the line ``next_text``
    follows) and text runs on after it: closed on the line, or on the next one."""
    rest = text[start + 1 :]
    close = rest.find("】")
    if close < 0:
        close_next = next_text.find("】")
        if not 0 < close_next < ENTRY_HEAD_MAX or "【" in next_text[:close_next]:
            return False
        words, after = rest + next_text[:close_next], next_text[close_next + 1 :]
    else:
        words, after = rest[:close], rest[close + 1 :] + next_text
    return (
        2 <= len(words) < ENTRY_HEAD_MAX
        and "【" not in words
        and not cues.is_label(words)
        and bool(after.strip())
    )


def _cut(line: Line, next_text: str) -> int | None:
    """Where in ``line`` (not at its start) an entry head opens after a sentence."""
    for match in _OPENING_RE.finditer(line.text):
        if _head_after(line.text, match.start(1), next_text):
            return match.start(1)
    return None


def cut_run_in_entries(groups: list[list[Line]], in_yearbook: bool) -> list[list[Line]]:
    """``groups`` cut before every entry head run on after a sentence in mid-line, on a
    page of a yearbook's entries; the head and the lines after it a group of their own."""
    if not in_yearbook:
        return groups
    out: list[list[Line]] = []
    for group in groups:
        current: list[Line] = []
        for k, line in enumerate(group):
            next_text = group[k + 1].text if k + 1 < len(group) else ""
            while (cut := _cut(line, next_text)) is not None:
                before, line = split_line(line, cut)
                out.append([*current, before])
                current = []
            current.append(line)
        out.append(current)
    return out
