"""Notes in brackets printed right after a name in lists and rosters: a short note
(甲(女), 乙（满族）), a note of several parts (甲（女，回族）: an officer list's), and a note
of one part or two before a verb of election (甲(兼，女)当选). Kept apart from
:mod:`.name_length` because list readers ask only where a note ends or starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan

#: One part of a bracketed note after a name: 女, 兼, 回族.
_NOTE_PART = r"[\u4e00-\u9fff]{1,4}"
#: A short note in brackets right after a name: (女), （满族）, （特邀）.
_NOTE = re.compile(rf"[（(]{_NOTE_PART}[)）]")


def note_end(text: str, pos: int) -> int:
    """The end of a bracketed note right at ``pos`` (刘某(女)), else ``pos``."""
    found = _NOTE.match(text, pos)
    return found.end() if found else pos


#: A note of several parts in brackets after a name (甲（女，回族）, 乙（兼）).
_LONG_NOTE = re.compile(r"[（(][^（）()\n]{1,24}[)）]")


def long_note_end(text: str, pos: int) -> int:
    """The end of a note in brackets right at ``pos`` that may hold several parts
    (甲（女，回族）: an officer list's), else ``pos``."""
    found = _LONG_NOTE.match(text, pos)
    return found.end() if found else pos


#: Any note in brackets, of no bracket inside (（市人大常委会副主任兼）, （高级技师）, （兼）):
#: no part of a roster's post, name or cell.
BRACKETED_NOTE = re.compile(r"[（(][^（）()]*[)）]")


def without_note(word: str) -> str:
    """A roster's name without the note in brackets that closes it (``某某（女，兼）``,
    ``某某（市人大常委会副主任兼）``: a yearbook's roster marks a concurrent post, a
    secondment or sex so), or ``word`` as it is when no whole note closes it; the name
    keeps its start, so its offsets still slice the line."""
    opened = next((i for i, ch in enumerate(word) if ch in "（("), -1)
    if opened <= 0 or long_note_end(word, opened) != len(word):
        return word
    return word[:opened]


#: A note after a name in a list of elected names, of one part or two: (女), (兼，女)
#: (a national congress's report marks concurrent posts, sex and nationality so).
_LISTED_NOTE = re.compile(rf"[（(]{_NOTE_PART}(?:[，,、]{_NOTE_PART})?[)）]")
#: The longest such note: two parts of four characters, their mark and the brackets.
_LISTED_NOTE_MAX = 11


def note_start(text: str, end: int) -> int:
    """The start of a bracketed note ending right at ``end``, else ``end``."""
    start = max(0, end - _LISTED_NOTE_MAX)
    found = next((m for m in _LISTED_NOTE.finditer(text, start, end) if m.end() == end), None)
    return found.start() if found else end


def outside_post_notes(text: str, spans: Sequence[OrgSpan]) -> list[OrgSpan]:
    """The bodies of ``spans`` named outside a note in brackets that ends in a post
    (甲（3月调任市人大常委会副秘书长）, 乙（某厂厂长兼）): such a note is the holder's other
    or new post, an aside of one person; a yearbook's officer chain goes on after it at
    the body it named before (…，党组书记、常务副主席丙), so a body inside the note is not
    the one a later title of no body is held at."""
    at_end = lexicon.titles().at_end
    notes = [
        m.span()
        for m in BRACKETED_NOTE.finditer(text)
        if at_end.search(m.group(0)[1:-1].rstrip("兼"))
    ]
    return [k for k in spans if not any(a <= k.start and k.end <= b for a, b in notes)]
