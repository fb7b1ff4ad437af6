"""A show told bare as the subject of its own staging at a venue (一场精彩的文艺汇演在县影剧院
拉开帷幕, 当晚，文艺演出在某工人文化宫上演): one show held, though no verb of holding acts on
it as an object and its name is only its kind. A show named so with no venue (文艺演出
丰富了职工生活) stays the habit of a union, no activity."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.activities.venue_words import is_venue
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.vocabulary import Category


def staged_at_a_venue(text: str, m: Mention) -> bool:
    """The show mentioned at ``m`` opens its clause (after perhaps a count of one and an
    attribute closed by 的: 一场精彩的, 一台职工自编自演的) and is staged at a venue the
    clause names right after it (在县影剧院上演, 将于5月1日在某广场举行)."""
    if m.category != Category.other or not words("staged_show_heads").ending(m.trigger):
        return False
    head = text[clause_start(text, m.start) : m.start]
    if head and _show_opening().fullmatch(head) is None:
        return False
    staged = _staged().match(text, m.end, clause_end(text, m.end))
    return staged is not None and is_venue(text, staged.start("venue"), staged.end("venue"))


@functools.cache
def _show_opening() -> re.Pattern[str]:
    """What may stand before the show in its clause: a count of one (一场, 一台) and an
    attribute closed by 的, no verb of its own acting on the show."""
    return re.compile(r"(?:[一这]场|[一这]台)?(?:[^，。；：“”的]{1,12}的)?")


@functools.cache
def _staged() -> re.Pattern[str]:
    """After the show: perhaps its day (将于5月1日), then 在 and the venue, a localiser,
    an adverb, and the verb of staging (``show_staging_verbs``)."""
    localisers = words("localisers").pattern
    adverbs = words("holding_adverbs").pattern
    verbs = words("show_staging_verbs").pattern
    return re.compile(
        rf"(?:将|已)?(?:于[^，。；在]{{1,16}}?)?在(?P<venue>[^，。；]{{2,20}}?)"
        rf"(?:{localisers})?(?:{adverbs}|精彩)?(?:{verbs})"
    )
