"""Days listed for activities listed in turn (3月5日、12日、19日，县总工会先后举办A培训班、
B培训班和C培训班): each day is its activity's, in order, as 先后 (one after another) says.
The date reader reads such a list as one span from its first day to its last; a
sentence with as many days as new activities, told in turn (``tour_adverbs``) or each
for its own (分别), gives the i-th activity the i-th day."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words

#: A month, its first day, then more days of that month, each after a list mark.
_LISTED_DAYS = re.compile(r"(\d{1,2})月(\d{1,2})日((?:、\d{1,2}日)+)")


def _days(date_text: str) -> list[int]:
    """The days of 3月5日、12日、19日 in order; [] for any other date."""
    match = _LISTED_DAYS.fullmatch(date_text)
    if match is None:
        return []
    return [int(match.group(2))] + [int(d) for d in re.findall(r"\d+", match.group(3))]


def days_of_listed_activities(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` with each activity of a sentence whose listed days match its count of
    activities, told in turn, dated by its own day (its date otherwise unchanged)."""
    out = list(found)
    index = range(len(found))
    for (paragraph, span), group in groupby(
        index, key=lambda i: (found[i].paragraph, found[i].sentence)
    ):
        members = list(group)
        dates = {found[i].date for i in members}
        date = next(iter(dates))
        if len(dates) != 1 or date is None or found[members[0]].parent is not None:
            continue
        days = _days(date.text)
        sentence = texts[paragraph][span[0] : span[1]]
        in_turn = words("tour_adverbs").in_text(sentence) or "分别" in sentence
        if len(days) != len(members) or len(members) < 2 or not in_turn:
            continue
        for i, day in zip(members, days, strict=True):
            out[i] = replace(found[i], date=replace(date, day=day, end_month=None, end_day=None))
    return out
