"""A province's one-character abbreviation as where an activity was held (全国总工会在京
召开…推进会, …座谈会在沪举行, …年会日前在津闭幕): the national and provincial press
writes the capital or a province so in its leads, and ANNOTATION.md keeps a place as
written; the tuning gold gives such meetings the place 京 (real_dev3, real_dev5). A
single character is read so only right after 在 and right before a verb of holding, so
that the abbreviation stands for nothing else there (在京召开, not 京剧 or 京东)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.places import divisions


@functools.cache
def _abbreviations() -> frozenset[str]:
    """The provinces' one-character abbreviations (``divisions.yaml``: abbr)."""
    return frozenset(a for d in divisions().by_code.values() for a in d.abbr)


@functools.cache
def _held_after() -> re.Pattern[str]:
    """A verb of holding, perhaps after its adverb (在京隆重召开, 在沪举行)."""
    adverbs = words("holding_adverbs").pattern
    return re.compile(f"(?:{adverbs})?(?:{words('holding_verbs').pattern})")


def held_at_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one province abbreviation framed by 在 and a verb of
    holding (在京召开): the place the activity was held in, as written."""
    return (
        end - start == 1
        and start > 0
        and text[start - 1] == "在"
        and text[start] in _abbreviations()
        and _held_after().match(text, end) is not None
    )
