"""Roster lines of a yearbook's or a notice's leaders that print one title and the
several people holding it, each set apart by spaces: ``副主席　甲某　乙某某``.

A caption with one name (``主席　甲某``) is :func:`~gonghui_build.text.names.parse_titled_name`'s;
with two names or more the line no longer ends in a title and a name read together, so
the layout took it for a section heading and no one got the post. The spaces are what
bound each name here, as they bound a roster line's names after a colon
(``委员：甲  乙  丙``, :mod:`gonghui_build.extract.people.officer_lists`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_notes import without_note
from gonghui_build.text.names import is_plausible_name, is_spaced_name

#: A word of the line: a run of what is not a space (a full-width space too).
_WORD = re.compile(r"[^\s\u3000]+")
#: Fewest names after the title that make a row (one name is a caption).
ROW_MIN_NAMES = 2
#: Most names read on one row, and the longest title word before them.
ROW_MAX_NAMES, TITLE_MAX = 12, 16


@dataclass(frozen=True)
class TitledRow:
    """A title word and the names printed after it, as offsets into the line."""

    title_start: int
    title_end: int
    names: tuple[tuple[str, int], ...]  # (name, start) in the line's text


def _row_name(word: str) -> bool:
    """A word of a row that is a name: two to four characters, name-shaped with the
    title before it as context, or a name printed apart whose given name is a word."""
    return 2 <= len(word) <= 4 and (
        is_plausible_name(word, strong_context=True) or is_spaced_name(word)
    )


def _words(text: str, breaks: frozenset[int]) -> list[tuple[str, int]]:
    """The line's words and where each starts: parts set apart by a space, or by a
    space the text lost (``breaks``: where the page printed one)."""
    cuts = sorted(b for b in breaks if 0 < b < len(text))
    out: list[tuple[str, int]] = []
    for m in _WORD.finditer(text):
        start = m.start()
        for cut in [c for c in cuts if m.start() < c < m.end()] + [m.end()]:
            out.append((text[start:cut], start))
            start = cut
    return out


def titled_name_row(
    text: str, breaks: frozenset[int] = frozenset(), fewest: int = ROW_MIN_NAMES
) -> TitledRow | None:
    """``副主席　甲某　乙某某``: a line of a title word ending with a title and then
    ``fewest`` names or more, each a word of its own, a note in brackets closing a name
    or not (``甲某（兼）``: the name is read without it); None for any other line (a
    caption of one name, a sentence, a line whose words after the title are not all
    names). ``breaks``: where the page printed spaces the text lost."""
    words = [(without_note(w), s) for w, s in _words(text, breaks)]
    if not fewest + 1 <= len(words) <= ROW_MAX_NAMES + 1:
        return None
    head, head_start = words[0]
    if len(head) > TITLE_MAX or not lexicon.titles().at_end.search(head):
        return None
    if not all(_row_name(w) for w, _ in words[1:]):
        return None
    return TitledRow(head_start, head_start + len(head), tuple(words[1:]))
