"""Dates written with points between year, month and day (``2023.5.12``,
``2023.05.12-05.14``), as union websites' activity posts and photo captions print them.

Only a year of four digits with both a month and a day is read: ``1953.4`` (a tenure's
bound in a gazetteer's list of chairs) and ``51.6万`` (a number) are no day of an event.
"""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.dates.expressions import RANGE_SEP, DateText

_POINT = r"[.．]"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
#: Not a number's part: no digit or point before the year, none (nor a unit, a per cent)
#: after the day.
_AFTER = r"(?![\d.．%％万亿千百])"


@functools.cache
def _dotted_re() -> re.Pattern[str]:
    end_year = rf"(?:(?P<end_year>(?:19|20)\d\d){_POINT})?"
    end = rf"(?:{RANGE_SEP}{end_year}(?P<end_month>{_MONTH}){_POINT}(?P<end_day>{_DAY}){_AFTER})?"
    return re.compile(
        rf"(?<![\d.．])(?P<year>(?:19|20)\d\d){_POINT}(?P<month>{_MONTH}){_POINT}"
        rf"(?P<day>{_DAY}){_AFTER}{end}"
    )


def dotted_dates(text: str) -> list[DateText]:
    """The dates of ``text`` written with points (2023.5.12), a range's end too
    (2023.5.12-5.14: its last day)."""
    found = []
    for m in _dotted_re().finditer(text):
        end_month = int(m["end_month"]) if m["end_month"] else None
        found.append(
            DateText(
                m.start(),
                m.end(),
                m[0],
                year=int(m["year"]),
                month=int(m["month"]),
                day=int(m["day"]),
                end_year=int(m["end_year"]) if m["end_year"] else None,
                end_month=end_month,
                end_day=int(m["end_day"]) if m["end_day"] else None,
            )
        )
    return found
