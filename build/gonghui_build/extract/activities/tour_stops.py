"""A show on tour told at one of its stops (…送文化进基层演出第五站走进某区, “…”演出首站来到
某工地): the show, named from the clause's start to its head, goes to the site itself. 演出
alone is no trigger (登台演出 is what performers do); before the stop's ordinal and a verb
of going it is the touring show's head (s37: real pages of a Liaoning city union's weekend
square shows, a Shaanxi district's summer tours and a Sichuan city's culture tours)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.cues import series_round
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.naming import name_start
from gonghui_build.vocabulary import Category


@functools.cache
def _stop() -> re.Pattern[str]:
    heads = words("touring_show_heads").pattern
    going = words("going_verbs").pattern
    return re.compile(rf"(?P<head>{heads})(?={series_round()}(?:{going}))")


def tour_stops(text: str, lo: int, hi: int) -> list[Mention]:
    """The touring shows the sentence ``text[lo:hi]`` tells at a stop, one mention each
    from the name's start to its head; only one with words of its own before the head."""
    out = []
    for m in _stop().finditer(text, lo, hi):
        start = name_start(text, lo, m.start())
        if m.start() - start < 2:
            continue  # 演出第二站走进…: the show told again, no name of its own
        words("touring_show_heads").found(m["head"])
        # its name a title, though the tagger reads 演出 before the ordinal as a verb
        name = text[start : m.end()]
        out.append(Mention(start, m.end(), "", Category.other, True, title=name))
    return out
