"""A numbered point's heading restated by its body: a work summary or plan gives each
point a heading of a verb and the bare kind of work (（一）开展劳动竞赛。, （二）举办职工运动会。)
and tells the event itself in the sentence right after it, with its name, date and count
(3月至6月，在全市重点工地开展“某某”劳动竞赛…). The heading names the kind, not an
event: read as one, it was a second activity beside the one told next. Only a heading
with no name of its own, closing its sentence, whose next sentence tells an activity of
the same kind; a heading followed by no such activity (（二）开展“金秋助学”。8月至9月…开展
助学。) is the only mention of its event and stays. Real shapes: county and city unions'
half-year summaries and plans on their portals (一、上半年工作…二、下半年工作计划 with
（一）（二） points)."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.editions import is_edition
from gonghui_build.extract.activities.item_headings import (
    NUMBERED,
    SENTENCE_STOPS,
    sentence_start,
)
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.mentions import mentions

#: A point's ordinal opening the sentence, then at most a verb of a few characters.
_OPENING = re.compile(rf"{NUMBERED}[^，。；;：:“”]{{0,4}}")
#: A name of its own in a heading: quoted, a title, a year.
_OWN_NAME = re.compile(r"[“《]|\d{4}年")


def heads_a_point(text: str, mention: Mention) -> bool:
    """The mention is a numbered point's bare heading (an ordinal, a verb, the kind of
    work, the sentence's stop) and the sentence after it tells an activity of the same
    kind: the heading restates it."""
    start = sentence_start(text, mention.start)
    if not _OPENING.fullmatch(text, start, mention.start):
        return False
    if mention.end >= len(text) or text[mention.end] not in SENTENCE_STOPS:
        return False
    name = text[mention.start : mention.end]
    if _OWN_NAME.search(name) or is_edition(name):
        return False  # （二）开展“金秋助学”。, 举办第三届运动会。: a name of its own
    after = _next_sentence(text, mention.end)
    return after is not None and any(m.category == mention.category for m in mentions(text, *after))


def _next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The span of the sentence after the one ending at ``end`` (its stop), in the same
    paragraph; None at the paragraph's end."""
    start = end + 1
    if start >= len(text):
        return None
    stops = [i for i in (text.find(c, start) for c in SENTENCE_STOPS) if i >= 0]
    return start, min(stops, default=len(text))
