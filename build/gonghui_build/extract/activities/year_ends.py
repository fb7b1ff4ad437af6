"""A run told to last until the year's end (活动将持续到年底, 并将一直持续至年末): its end is
that year's December. As a start, ``年底`` dates only the year unless the article is
printed in December (``dates.yaml: publication_relative``); as the end of a run it is the
run's last month. Real_dev21's gold: a city union's service campaign in an industrial
park, opened on 6 June and told to last 到年底, ends in December."""

from __future__ import annotations

import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.expressions import DateText

#: The month a year's end falls in.
_LAST_MONTH = 12


@functools.cache
def year_end_words() -> tuple[str, ...]:
    """The words of ``dates.yaml`` naming the end of a year (年底, 年末, 岁末)."""
    keyed = lexicon.keyed("dates.yaml", "publication_relative")
    return tuple(word for word, key in keyed.items() if key == "year_end")


def year_end_month(end: DateText) -> DateText:
    """The end ``end`` of a run, a year's end read as its December; any other end as it
    is."""
    if end.month is not None or end.relative not in year_end_words():
        return end
    lexicon.words("dates.yaml", "publication_relative").found(end.relative)
    return replace(end, month=_LAST_MONTH, day=None)
