"""Names that are also words (金星, 江河, 白雪) opening a line in a run of roster lines.

Award lists print one person a line, the name, a space, the unit and the post
(``金星 某化工集团操作工``), under a heading that names the honour (``一、某市五一劳动
奖章``) and no column heads (:mod:`.name_columns` reads tables that have them). A name
that is also a word fails the name test a roster line applies to its opening
(:func:`.roster_names.roster_name`), though the line's shape is a roster line's. The
lines around it are the signal a careful reader takes: in a run of lines of that shape
where at least one opens with a name the test accepts, a line opening with a name-shaped
word (a surname first, no post, no frequent word, jieba's dictionary giving it a name's,
a place's or a proper noun's tag or none), set apart by a space and followed by a body
and a post, names a person too. Read on honour lists of union sites and provincial
award notices (s42, people27: headings over lines of name, unit, post).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.people.further_mentions import READ_ROLES
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_columns import column_names
from gonghui_build.extract.people.rosters import RosterLine, roster_claims, roster_line
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import MentionSource

#: A line that may open with a name set apart by a space: an item's number or nothing,
#: two or three Chinese characters, a space (cheap, before any roster line is read).
_SPACED_OPENING = re.compile(r"^(?:\d{1,3}[.．、]\s*)?[\u4e00-\u9fff]{2,3}\s")
#: Confidence of a name a run of roster lines confirms.
_CONFIDENCE = 0.8


def _read(p: Paragraph, breaks: frozenset[int]) -> tuple[RosterLine | None, RosterLine | None]:
    """The roster line ``p`` is with the name test (strict), and, when it is none and
    opens with a spaced cell, the one it is with a name that is also a word (worded)."""
    if p.role not in READ_ROLES:
        return None, None
    strict = roster_line(p.text, None, breaks)
    if strict is not None or not _SPACED_OPENING.match(p.text):
        return strict, None
    worded = roster_line(p.text, None, breaks, worded=True)
    return None, worded if worded is not None and worded.post is not None else None


def worded_line_names(
    paragraphs: Sequence[Paragraph], breaks: dict[int, frozenset[int]]
) -> dict[int, NameHit]:
    """The person of each line, by paragraph (``seq``), whose name is also a word, in a
    run of consecutive roster lines of which one at least opens with a name."""
    out: dict[int, NameHit] = {}
    run: list[tuple[Paragraph, RosterLine | None, RosterLine | None]] = []
    for p in [*paragraphs, None]:
        read = _read(p, breaks.get(p.seq, frozenset())) if p is not None else (None, None)
        if p is not None and (read[0] or read[1]):
            run.append((p, *read))
            continue
        if any(strict for _, strict, _ in run):
            for q, _, worded in run:
                if worded is not None:
                    out[q.seq] = _hit(q, worded)
        run = []
    return out


def named_rows(
    paragraphs: Sequence[Paragraph], breaks: dict[int, frozenset[int]]
) -> dict[int, NameHit]:
    """The names of rows a signal beside the name test confirms, by paragraph: the
    name's column of a table (:func:`.name_columns.column_names`), else a run of roster
    lines (:func:`worded_line_names`)."""
    return worded_line_names(paragraphs, breaks) | column_names(paragraphs, breaks)


def _hit(p: Paragraph, found: RosterLine) -> NameHit:
    claims = roster_claims(found, len(p.text.rstrip()))
    return NameHit(
        found.name,
        found.name_start,
        found.name_end,
        MentionSource.name_before_title,
        _CONFIDENCE,
        claims,
    )
