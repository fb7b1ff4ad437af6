"""Counts told in a sentence after the activity they belong to: those who joined it
(每年，有400余家…参与其中; 100余名会员共同参与。) and those it served.

Those an activity served, counted in the sentence after it: 律师为前来咨询的四十余名农民工
解答欠薪问题 after a consultation day, 截至目前，已受理投诉十一件，帮助二百三十六名农民工追回
工资 after a hotline opened. The people answered or whose pay was got back are the count of
the activity the paragraph has just reported (the tuning gold of real_dev4 counts them so;
real pages tell a service's tally after it the same way: a Changzhou district's
consultation day, an Anhui district union's hotline case, a Shanxi photo report on a
campaign's cases), not an event of their own."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities import attributes
from gonghui_build.extract.activities.cues import (
    closes_with_joining,
    counted_by_joining,
    counts_after_joining,
)
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention


def joined_count(
    found: list[ActivityDraft],
    paragraph: int,
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
) -> tuple[int, ActivityDraft] | None:
    """The activity a sentence of those who joined counts (每年，有400余家…参与其中;
    100余名会员共同参与。: a sentence closing so names none of its own and follows that
    activity's), by its index, with the count; None when the sentence counts no joiners."""
    sentence = text[span[0] : span[1]]
    joining = _joined_after(sentence, span[0], mentions) or (
        not mentions
        and bool(found)
        and found[-1].paragraph >= paragraph - 1
        and (closes_with_joining(sentence) or counts_after_joining(sentence))
    )
    if not (found and joining):
        return None
    k = counted_by_joining(found)
    return k, attributes.enrich(found[k], text, span, span[0], span, with_date=False)


def _joined_after(sentence: str, offset: int, mentions: list[Mention]) -> bool:
    """A word of joining (参与其中, 参赛) counts those who joined the activity read before
    the sentence, unless the sentence names an activity of its own before that word
    (…开展“某某”劳动竞赛，参赛职工达12万人: the contest's entrants, not the meeting's
    that reported it)."""
    joined = words("joining_words").regex.search(sentence)
    if joined is None:
        return False
    return not any(m.start - offset < joined.start() for m in mentions)


@functools.cache
def _served() -> re.Pattern[str]:
    """为 (or 帮助), the group, then a verb of answering or of getting pay back."""
    prepositions = words("served_prepositions").pattern
    verbs = f"{words('served_verbs').pattern}|{words('recovery_verbs').pattern}"
    return re.compile(rf"(?:{prepositions})(?P<group>[^，。；：“”]{{1,20}}?)(?:{verbs})")


def served_by_last(
    found: list[ActivityDraft],
    paragraph: int,
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
) -> ActivityDraft | None:
    """The paragraph's last activity with the count of those the sentence ``span`` says
    it served (a counted group answered or paid back), when the sentence names no other
    activity; None when the sentence is no such tally."""
    if not found or found[-1].paragraph != paragraph:
        return None
    if mentions:
        return None  # 还为司机们开展了免费体检: a service of its own
    served = [m for m in _served().finditer(text, *span) if patterns().total.search(m["group"])]
    if not served:
        return None
    last = found[-1]
    if last.participants is not None:
        return last  # counted already: the tally is its result, no second count
    return attributes.enrich(last, text, span, served[0].start(), span, with_date=False)
