"""Ranges of days written without their month (``12日至14日``, ``20—22日``), as news
items print them when the month is the article's or was named before: one span, its
first day the start, its last the end (ANNOTATION.md), not two days of which only the
one nearer the verb would date the activity. So are ranges of years whose first year is
printed without 年 (1988-1990年).
"""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.dates.expressions import RANGE_SEP, DateText

_SEP_RE = re.compile(RANGE_SEP)
#: A range of years whose first year is printed without 年 (1988-1990年, 1956～1963年:
#: the gazetteers' way), read before the year that closes it.
_OPEN_RANGE_YEAR_RE = re.compile(rf"(?<!\d)(?P<year>\d{{4}}){RANGE_SEP}$")
#: A range's first day printed without 日 before its last day's (20—22日), not a number's
#: tail (2020—22日) nor a month's day (5月20—22日 is read with its month).
_OPEN_DAY_RE = re.compile(rf"(?<![\d.．月年第])(?P<day>[12]?\d|3[01]){RANGE_SEP}$")


def _bare_day(d: DateText) -> bool:
    """A day written alone (16日): no year, month, holiday or relative word."""
    return (
        d.day is not None
        and d.month is None
        and d.year is None
        and d.relative_year is None
        and d.relative is None
        and not d.holiday
        and d.end_day is None
    )


def joined_day_ranges(text: str, found: list[DateText]) -> list[DateText]:
    """``found`` (in order) with each bare day followed by a range mark and a later bare
    day made one range of days; the rest as it is."""
    out: list[DateText] = []
    for d in found:
        first = out[-1] if out else None
        if (
            first is not None
            and _bare_day(first)
            and _bare_day(d)
            and (d.day or 0) > (first.day or 0)
            and _SEP_RE.fullmatch(text[first.end : d.start])
        ):
            out[-1] = replace(first, end=d.end, text=text[first.start : d.end], end_day=d.day)
            continue
        out.append(_opened(text, d) if _bare_day(d) else d)
    return out


def _opened(text: str, d: DateText) -> DateText:
    """A bare day closing a range whose first day has no 日 (20—22日): the range."""
    opened = _OPEN_DAY_RE.search(text[max(0, d.start - 4) : d.start])
    first = int(opened["day"]) if opened else 0
    if not 1 <= first < (d.day or 0):
        return d
    start = d.start - len(opened[0]) if opened else d.start
    return replace(d, start=start, text=text[start : d.end], day=first, end_day=d.day)


def opened_by_year(text: str, d: DateText) -> DateText:
    """A year closing a range whose first year has no 年 (1988-1990年): the range."""
    if d.year is None or d.month is not None or d.end_year is not None:
        return d
    opened = _OPEN_RANGE_YEAR_RE.search(text[max(0, d.start - 6) : d.start])
    first = int(opened["year"]) if opened else None
    if first is None or not first < d.year <= first + 100:
        return d
    start = d.start - len(opened[0])
    return replace(d, start=start, text=text[start : d.end], year=first, end_year=d.year)
