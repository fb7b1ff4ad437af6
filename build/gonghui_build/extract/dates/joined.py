"""Date expressions read with the one written next to them.

A year written right before a holiday is the holiday's (今年春节期间, 去年中秋节前夕,
2023年春节前夕): the festival of that year, not the one nearest the article's day (a
lunar festival's bare name stays no date, its year before it or not: ``expressions``).

A span opened by a word for the day of publication runs to the date after 至 or 到
(即日起至6月30日, 今天起到明年2月底: notices' and campaign launches' way): from the
article's day to that date.

Only :func:`dataclasses.replace` is used on the dates, so this module needs no import
of :mod:`.expressions` (which calls it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon

if TYPE_CHECKING:
    from gonghui_build.extract.dates.expressions import DateText

#: What joins a word for the day of publication to the end of its span (即日起至…).
_UNTIL = re.compile(r"起?(?:至|到)")


def _year_alone(d: DateText) -> bool:
    """A year or a relative year and nothing else (2023年, 今年)."""
    has_year = d.year is not None or d.relative_year is not None
    return has_year and d.month is None and d.end_year is None and d.relative is None


def holidays_in_their_year(text: str, found: list[DateText]) -> list[DateText]:
    """``found`` (in order) with each year written right before a holiday made part of
    it: the holiday (and the first of two named together) takes that year."""
    out: list[DateText] = []
    for d in found:
        year = out[-1] if out else None
        if year is None or not d.holiday or year.end != d.start or not _year_alone(year):
            out.append(d)
            continue
        fields = {"year": year.year, "relative_year": year.relative_year}
        first = replace(d.first, **fields) if d.first is not None else None
        out[-1] = replace(d, start=year.start, text=text[year.start : d.end], first=first, **fields)
    return out


def _of_publication_day(d: DateText) -> bool:
    """A word for the day of publication (即日, 今天) alone, no span of its own yet."""
    key = lexicon.keyed("dates.yaml", "publication_relative").get(d.relative or "")
    return key == "today" and d.end_month is None and d.end_day is None


def spans_from_today(text: str, found: list[DateText]) -> list[DateText]:
    """``found`` (in order) with a word for the day of publication followed by 起至 and
    a date made one span: its end that date's (its year, relative year, month, day)."""
    out: list[DateText] = []
    for d in found:
        today = out[-1] if out else None
        if (
            today is None
            or not _of_publication_day(today)
            or d.month is None
            or d.end_month is not None
            or not _UNTIL.fullmatch(text, today.end, d.start)
        ):
            out.append(d)
            continue
        out[-1] = replace(
            today,
            end=d.end,
            text=text[today.start : d.end],
            end_year=d.year,
            end_relative_year=d.relative_year,
            end_month=d.month,
            end_day=d.day,
        )
    return out
