"""A campaign over the days around two holidays named together (元旦春节期间, 元旦、春节
期间: a season of 送温暖 visits) runs to the end of the second one's season, not to its
day: the Spring Festival's festivities run on to 元宵 (正月十五; ``season_days`` in
``reference/holidays.yaml``), so a year whose Spring Festival falls in January (2023: 22
January, 元宵 5 February) still has the campaign's days in February, as the tuning gold
of real_dev31, real_dev33 and real_dev34 and ANNOTATION.md's sides of stops 66 and 67 date
元旦春节期间 (January to February). A single event of those days (a visit) keeps the month
of the holidays (real_dev5's gold, tests/test_acts43_…), and a holiday's days named alone
(春节期间) its month."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText
from gonghui_build.extract.dates.resolve import lunar_day
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
    """``last``, the days around two holidays named with a period word (元旦春节期间) as
    :func:`.resolve.resolve` dates them, ending in the month the second one's season ends
    in when that is a later one and no later end was read."""
    days = _season_days().get(d.lunar) if d.lunar and d.period and d.first else None
    if not days or last.start is None or last.start_precision != Precision.month or last.end:
        return last
    closing = lunar_day(int(last.start[:4]), d.lunar) + dt.timedelta(days=days)
    end = f"{closing.year:04d}-{closing.month:02d}"
    if end <= last.start:
        return last
    return replace(last, end=end, end_precision=Precision.month)
