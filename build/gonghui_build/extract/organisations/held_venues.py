"""A union's or a place's house named as where an event is held (在县职工服务中心召开推进会,
在市工人文化宫剧场举行): the event's place, not an organisation of the article
(ANNOTATION.md, as the tuning gold since real_dev24 has it). Only the mention right after
在 and before the event's verb is dropped: the same house named as a host or a body
(某职工服务中心承办, 文化宫主任) stays a body."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words

#: How many characters of a part of the house (广场, 剧场, 三楼会议室) may stand between
#: the house's name and the event's verb.
_PART_OF_HOUSE = 6


@functools.cache
def _verb_after() -> re.Pattern[str]:
    verbs = [*lexicon.words("activities.yaml", "reported_held_verbs"), *words("held_venue_verbs")]
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf"[^，。；、！？：\s]{{0,{_PART_OF_HOUSE}}}?(?:{alternatives})")


def is_held_venue(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a house after 在 before an event's verb
    (在区职工服务中心举办, 在市工人文化宫剧场举行): the event's place."""
    if start < 1 or text[start - 1] != "在":
        return False
    if not words("held_venue_endings").ending(text[start:end]):
        return False
    return _verb_after().match(text, end) is not None
