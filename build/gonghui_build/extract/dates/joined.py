"""Date expressions read with the one written next to them.

A year written right before a holiday is the holiday's (今年春节期间, 去年中秋节前夕,
2023年春节前夕): the festival of that year, not the one nearest the article's day; it
also places a lunar festival's bare name as a date (今年春节，市总工会…: which spring
festival the text speaks of).

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

#: A year in figures right before a holiday's name (2023年春节).
_FIGURES_YEAR = re.compile(r"(?<!\d)\d{4}年$")


def year_before(text: str, at: int) -> bool:
    """Whether a year (2023年) or a relative year (今年, 去年) is written right before
    ``at``."""
    before = text[max(0, at - 5) : at]
    years = lexicon.load("dates.yaml").relative_years
    return bool(_FIGURES_YEAR.search(before)) or any(before.endswith(y) for y in years)


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
