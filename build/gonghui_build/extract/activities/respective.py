"""Two or more activities told in one sentence with 分别 or 先后, each on a day or at a
venue of its own, the days and venues printed together before them in the same order
(5月14日和5月16日，…分别在P和Q举办A讲座和B讲座; 3月6日、8日，…先后举办A和B): the days
and venues are taken in turn, as the activities are. Read as one sentence, every
activity took the last of the days (or the span of the joined days) and all the venues
as one place. Real pages of s41 (a provincial union school's courses on two days, a city
union's lectures in two districts, a women's committee's two contests)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import LIST_JOINERS
from gonghui_build.extract.dates.expressions import DateText, find_dates

#: The adverb that hands out what is printed before it in turn (分别, 先后, 依次).
_IN_TURN = re.compile("分别|先后|依次")
#: What joins the days or venues printed together (5月14日和16日, P、Q, P及Q).
_JOINER_RE = re.compile(f"[{''.join(sorted(LIST_JOINERS))}]")


def each_its_own(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` with the activities told in turn in one sentence given each its own day
    and venue, when as many are printed as there are activities."""
    groups: dict[tuple[int, tuple[int, int]], list[int]] = defaultdict(list)
    for i, d in enumerate(found):
        if d.parent is None:
            groups[(d.paragraph, d.sentence)].append(i)
    out = list(found)
    for (paragraph, (s_start, _)), members in groups.items():
        members = sorted(members, key=lambda i: found[i].name_start)
        first = found[members[0]]
        text = texts[paragraph]
        turn = _last_in_turn(text, s_start, first.name_start)
        if turn is None or len(members) < 2:
            continue
        days = _days_printed_together(text, s_start, turn)
        if len(days) == len(members) and all(_dated_by(found[i], days) for i in members):
            for i, day in zip(members, days, strict=True):
                out[i] = replace(out[i], date=day)
        places = _places_in_turn(first.place, len(members))
        if places and all(found[i].place == first.place for i in members):
            for i, place in zip(members, places, strict=True):
                out[i] = replace(out[i], place=place)
    return out


def _last_in_turn(text: str, start: int, end: int) -> int | None:
    """Where the last 分别 or 先后 between ``start`` and ``end`` is, or None."""
    hits = list(_IN_TURN.finditer(text, start, end))
    return hits[-1].start() if hits else None


def _days_printed_together(text: str, start: int, end: int) -> list[DateText]:
    """The days printed together (only joiners between them) as the last dates of the
    text between ``start`` and ``end``, each as a date of its own (a span of joined
    days of one month, 5月14日和16日, is split into its days)."""
    dates = [d.moved(start) for d in find_dates(text[start:end]) if d.day or d.month]
    run: list[DateText] = []
    for d in reversed(dates):
        between = text[d.end : run[0].start] if run else ""
        if run and not (len(between) == 1 and between in LIST_JOINERS):
            break
        run.insert(0, d)
    return [day for d in run for day in _split_joined(text, d)]


def _split_joined(text: str, date: DateText) -> list[DateText]:
    """The days of a date printed as several days of one month (5月14日和16日, 3月5日、
    12日), each a date of its own in that month; a date of one day or a range alone."""
    written = text[date.start : date.end]
    if date.end_day is None or not _JOINER_RE.search(written):
        return [date]
    days: list[DateText] = []
    at = date.start
    for piece in _JOINER_RE.split(written):
        read = next(iter(find_dates(piece)), None)
        if read is None or read.day is None:
            return [date]
        days.append(
            replace(
                read.moved(at),
                year=read.year or date.year,
                relative_year=read.relative_year if read.month else date.relative_year,
                month=read.month or date.month,
            )
        )
        at += len(piece) + 1
    return days


def _dated_by(draft: ActivityDraft, days: list[DateText]) -> bool:
    """The draft took one of the days, or the span they were read as, or no date."""
    if draft.date is None:
        return True
    return days[0].start <= draft.date.start <= days[-1].start


def _places_in_turn(place: str | None, count: int) -> list[str] | None:
    """The venues of a place printed as ``count`` venues joined (P和Q, P、Q), or None."""
    if not place:
        return None
    parts = _JOINER_RE.split(place)
    if len(parts) != count or any(len(p) < 2 for p in parts):
        return None
    return parts
