"""A round-up point's heading that names its event by a quoted name alone.

A union's round-up lists what it did a point a sentence (一是…二是…三是…), each heading a
verb of holding and the activity's name. Where the name carries a trigger word
(三是开展“送清凉”活动) the finder reads it; a quoted name without one (二是举办“工会年货节”。,
三是开展“暖心包”集中发放。) named no activity, and the point's event was lost, though
the point tells one event as plainly as its siblings do. Only a heading that is the
point's ordinal, a verb of holding (``point_event_verbs``) and a quoted name running to
the sentence's stop, in a sentence reporting nothing else."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.awards import awards
from gonghui_build.extract.activities.gifts import gifts
from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.item_headings import ITEM_ORDINAL, SENTENCE_STOPS
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category

#: A name of a few words holding a quotation, no clause mark in it.
_QUOTED_NAME = r"[^，。；;：“”]{0,8}“[^“”]{2,16}”[^，。；;：“”]{0,8}"


def point_events(text: str, s_start: int, s_end: int) -> list[Mention]:
    """The heading's quoted name as one event of kind other, or none."""
    verbs = words("point_event_verbs").pattern
    heading = re.match(
        rf"(?:{ITEM_ORDINAL})(?:{verbs})(?P<name>{_QUOTED_NAME})", text[s_start:s_end]
    )
    if heading is None:
        return []
    start, end = s_start + heading.start("name"), s_start + heading.end("name")
    if end < len(text) and text[end] not in SENTENCE_STOPS:
        return []  # 一是开展“某某”进企业，…: the heading runs on, no name alone
    if patterns().trigger.search(text, start, end):
        return []  # a trigger in the name: the finder reads it
    words("point_event_verbs").note_in(heading[0])
    return [Mention(start, end, "", Category.other, True)]


def lone_events(text: str, s_start: int, s_end: int) -> list[Mention]:
    """Events read only in a sentence reporting no other activity, the first kind found:
    a gift handed over, an award given, a round-up point's quoted name. Each is too weak
    a sign to stand beside a trigger's event, which tells the sentence's news itself."""
    return (
        gifts(text, s_start, s_end)
        or awards(text, s_start, s_end)
        or point_events(text, s_start, s_end)
    )
