"""The days around two holidays named together (元旦春节期间, 元旦、春节期间) run to the
end of the second one's season, not to its day: the Spring Festival's festivities run on
to 元宵 (正月十五; ``season_days`` in ``reference/holidays.yaml``), so a year whose
Spring Festival falls in January (2023: 22 January) still has such days in February (元宵
on 5 February), as the tuning gold and ANNOTATION.md date 元旦春节期间 (January to
February). A holiday's days named alone (春节期间) keep its month: the annotators date
them so."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText
from gonghui_build.extract.facts import ResolvedDate
from gonghui_build.vocabulary import Precision


@functools.cache
def _season_days() -> dict[tuple[int, int, int], int]:
    """A lunar holiday's (month, day, offset) → the days its season runs after it."""
    data = lexicon.load("holidays.yaml")
    return {
        (h.month, h.day, h.offset_days): h.season_days
        for h in data.holidays
        if h.calendar == "lunar" and h.season_days
    }


def season_end(d: DateText, last: ResolvedDate) -> ResolvedDate:
    """``last``, the month of the second of two holidays named with a period word
    (元旦春节期间), ending in the month its season ends in when that is a later one
    (``lunar_day`` is imported here: :mod:`.resolve` imports this module)."""
    from gonghui_build.extract.dates.resolve import lunar_day

    days = _season_days().get(d.lunar) if d.lunar and d.period and d.first else None
    if not days or last.start is None or last.start_precision != Precision.month or last.end:
        return last
    closing = lunar_day(int(last.start[:4]), d.lunar) + dt.timedelta(days=days)
    end = f"{closing.year:04d}-{closing.month:02d}"
    if end <= last.start:
        return last
    return replace(last, end=end, end_precision=Precision.month)
