"""The day an activity read before closed, told by a later mention (培训班于6月7日结业;
6月7日，培训班圆满结业): the activity's end. Only a day after its start closes it, and
only once: a range already read stands. Likewise the month it opened, when it was read
with its year only (本届大赛由…主办。大赛于今年5月启动): its start."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.text.clauses import clause_start


@functools.cache
def _closing() -> re.Pattern[str]:
    """(在某地)(圆满)结业: the closing verb after the date or the mention, in its clause."""
    manner = words("closing_manners").pattern
    return re.compile(
        rf"(?:在[^，。；]{{2,14}}?)?(?:{manner})?(?:{words('closing_verbs').pattern})"
    )


def _date_right_after(after: str, preps: tuple[str, ...]) -> tuple[DateText, int] | None:
    """The date ``after`` (the words after a mention) opens with, one of ``preps`` (于,
    自) before it or none, and how many characters (0 or 1) stand before it."""
    lead = 1 if after[:1] in preps else 0
    dates = find_dates(after[lead:])
    return (dates[0], lead) if dates and dates[0].start == 0 else None


def _closed_on(text: str, lo: int, mention_end: int, s_end: int) -> DateText | None:
    """The day a mention ending at ``mention_end`` says its activity closed: right after
    it (于6月7日结业) or opening its clause (6月7日，培训班圆满结业)."""
    after = text[mention_end:s_end]
    right_after = _date_right_after(after, ("于", "在"))
    if right_after is not None:
        date, lead = right_after
        return date if _closing().match(after, lead + date.end) else None
    if not _closing().match(after):
        return None
    start = clause_start(text, mention_end, lo)
    before = [d for d in find_dates(text[lo:start]) if d.end >= start - lo - 1]
    return before[-1] if before else None


def closed_on(
    draft: ActivityDraft, text: str, sentence: tuple[int, int], mention_end: int
) -> ActivityDraft:
    """``draft`` with the day its later mention says it closed as its end, when that day
    falls after its start."""
    start = draft.date
    if start is None or start.month is None or start.end_month or start.end_day:
        return draft
    end = _closed_on(text, sentence[0], mention_end, sentence[1])
    if end is None or end.day is None or end.end_day is not None:
        return draft
    month = end.month if end.month is not None else start.month
    if (month, end.day) <= (start.month, start.day or 0):
        return draft
    words("closing_verbs").note_in(text[mention_end : sentence[1]])
    return replace(draft, date=replace(start, end_month=month, end_day=end.day))


def opened_on(draft: ActivityDraft, text: str, sentence: tuple[int, int], mention_end: int):
    """``draft`` with the month (and day) its later mention says it opened, when it was
    read with no month, in the same year or none written."""
    start = draft.date
    if start is not None and start.month is not None:
        return draft
    after = text[mention_end : sentence[1]]
    right_after = _date_right_after(after, ("于", "自", "从"))
    if right_after is None:
        return draft
    opened, lead = right_after
    if opened.month is None or opened.end_month:
        return draft
    if not words("opening_verbs").starting(after, lead + opened.end):  # 于今年5月启动
        return draft
    words("opening_verbs").note_in(after)
    if start is None:  # 本届大赛由…主办。大赛于今年5月启动: its date told only then
        return replace(draft, date=opened.moved(mention_end + lead))
    if opened.year is not None and start.year is not None and opened.year != start.year:
        return draft
    return replace(draft, date=replace(start, month=opened.month, day=opened.day))
