"""The last day of an activity read on its first day, given when its name comes again
with its whole span (``10月12日晚，…职工运动会开幕式在市体育中心举行。…本届职工运动会
…于10月12日至12月8日举行``): the span opens on the day already read, so it is the same
activity's, and its end is the activity's end (s51 acts66: a city union's site on a
two-month sports meet opened on its first evening; provincial and city unions' reports
of contests opening on a day and running for weeks).
"""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.dates.expressions import find_dates


def spanned_again(draft: ActivityDraft, after: str) -> ActivityDraft:
    """``draft`` with the end of the first span of days in ``after`` (its sentence after
    a later mention of it) that opens on the day it is dated to; unchanged when it has an
    end already, no day, or no such span follows."""
    date = draft.date
    if date is None or date.day is None or date.month is None or date.end_day or date.end_month:
        return draft
    for found in find_dates(after):
        opens_there = (found.month, found.day) == (date.month, date.day)
        if opens_there and found.year in (None, date.year) and (found.end_day or found.end_month):
            return replace(
                draft,
                date=replace(
                    date,
                    end_year=found.end_year,
                    end_relative_year=found.end_relative_year,
                    end_month=found.end_month or date.month,
                    end_day=found.end_day,
                ),
            )
    return draft
