"""The day of a chronicle's entry told from the entry before it (``1月18日，…``, then an
entry of its own ``次日，…`` or ``同日，…``): that entry's day, or the day after it. A
chronicle prints each day once and tells the next day's or the same day's events so
(read on real county and district unions' chronicles, s42 dates6; s43 dates8); the
entry is of a day, not only of the month :mod:`.page` gives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.extract.dates.expressions import words as date_words


def _opening(text: str) -> DateText | None:
    """The date an entry's text opens with, if it opens with one."""
    found = next(iter(find_dates(text.lstrip())), None)
    return found if found is not None and found.start == 0 else None


def days_after(d: DateText) -> int | None:
    """How many days after the day named before ``d`` is: 0 for 当天, 同日; 1 for 次日,
    翌日 (``dates.yaml: next_day_words``, the words that also put a session on its
    course's second day); None for any other date. Read by the chronicle's entries here,
    by :mod:`.resolve` and by the activities' :mod:`...activities.told_days`."""
    if d.relative is None:
        return None
    if d.relative in date_words("same_day"):
        date_words("same_day").found(d.relative)
        return 0
    if d.relative in date_words("next_day_words"):
        date_words("next_day_words").found(d.relative)
        return 1
    return None


def entry_days(texts: Sequence[str], year: int) -> list[dt.date | None]:
    """For each entry of a chronicle of ``year`` (``texts`` in page order), the day it is
    of when it opens with 同日 or 次日 after an entry whose day is known (an entry of one
    written day, its range's last day for 次日); None for any other entry."""
    out: list[dt.date | None] = []
    last: dt.date | None = None  # the day the entry before is of
    last_end: dt.date | None = None  # …its range's last day (3月5日至7日: the 7th)
    for text in texts:
        opening = _opening(text)
        after = days_after(opening) if opening is not None else None
        day: dt.date | None = None
        if after is not None and last is not None:
            day = (last_end if after and last_end else last) + dt.timedelta(days=after)
            last, last_end = day, None
        elif opening is not None and opening.month and opening.day and opening.year is None:
            last = _day(year, opening.month, opening.day)
            end_month = opening.end_month or opening.month
            last_end = _day(year, end_month, opening.end_day) if opening.end_day else None
        else:
            last, last_end = None, None
        out.append(day)
    return out


def _day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the text's month has no such day (an OCR's misreading)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
