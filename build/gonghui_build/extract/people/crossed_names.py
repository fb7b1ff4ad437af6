"""A body's name the organisation grammar reads across a titled person.

``青河车务段工会主席贺文明和段工会女工委主任林小燕``: reading back from the second title,
the grammar joins the place (青河), a title (工会主席), a name (贺文明) and the short form
after 和 (段) into one body, since a registered body's trade may be any words. No body's
name holds a post and the name after it: the body of the second title is what follows
the last joiner (段, the short form of the body named before, which the article's reading
completes: 段工会 → 青河车务段工会). Read on railway and enterprise union reports (s43,
people29).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon

#: What joins two titled people in one sentence (甲和段工会…, 甲、段工会…).
_JOINERS = re.compile("[和与及、]")


def after_a_titled_name(written: str) -> int:
    """Where the body's name ``written`` truly opens: after the last joiner that follows
    a title inside it (工会主席|贺文明|和|段 → 段), or 0 when it holds no title before a
    joiner."""
    found = list(lexicon.titles().regex.finditer(written))
    if not found:
        return 0
    last = found[-1]
    joiners = list(_JOINERS.finditer(written, last.end()))
    if not joiners or joiners[-1].start() - last.end() < 2:
        return 0  # a name of two characters at least stands between the title and joiner
    return joiners[-1].end() if joiners[-1].end() < len(written) else 0
