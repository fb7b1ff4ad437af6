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
from gonghui_build.text.names import is_plausible_name

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


#: The lengths of a Han name a title printed after it may close (孔新锋|校长, 邱勇|主席).
_NAME_SIZES = (3, 2)


def title_after_a_titled_name(text: str, seg_start: int, title_start: int) -> bool:
    """``干部学校党组书记孔新锋校长、县总工会党组书记、主席邱勇``: a title printed after
    names (``titles.yaml`` after_name: 校长, 主席, ranked too: 副校长) right after a name
    that a title precedes is that name's second post, given after it; it is no item of the
    chain naming the person after the next 、, which ends there. Training and meeting
    reports list their platform so, each name between a post and a title (s43,
    people29)."""
    titles = lexicon.titles()
    match = titles.regex.match(text, title_start)
    if match is None or titles.after_name.starting(match.group("base")) is None:
        return False
    for size in _NAME_SIZES:
        at = title_start - size
        name = text[at:title_start]
        if at <= seg_start or not is_plausible_name(name, strong_context=True):
            continue
        if titles.at_end.search(text, seg_start, at):
            return True
    return False
