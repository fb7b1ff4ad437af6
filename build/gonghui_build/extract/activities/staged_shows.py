"""A show a union stages for an audience, told with no trigger of its own: 某区总工会为
环卫工人送上一场精彩的演出, 某市总工会为工地工友献上一场新春演出. 演出 alone is no trigger
(登台演出 is what performers do), and the gift path read the whole verb phrase as goods
handed over (为环卫工人送上一场精彩的演出 as the name). The union right before 为, the
audience, a verb of staging (``staging_verbs``), one round counted (一场, 一台) and a show's
head (``touring_show_heads``) closing the clause make one show, named from after the count
and its words of praise (精彩的) to the head: 演出, 新春演出. Real pages, s37 acts32: a
Hubei city union's site show told 为工地的工友们送上了一场精彩的慰问演出, and Yantai and
Xianyang site shows told with 呈上/献上一场… the same way."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category


@functools.cache
def _staged() -> re.Pattern[str]:
    """工会, 为 and the audience, a staging verb, one round, then the show to the clause
    end; ``name`` is the show after the last 的 (or after the count)."""
    staging, heads = words("staging_verbs").pattern, words("touring_show_heads").pattern
    return re.compile(
        rf"(?<=工会)(?:{words('gift_adverbs').pattern})?为[^，。；：“”]{{1,24}}?"
        rf"(?:{staging})了?(?:一|1)(?:场|台)(?:[^，。；：“”的]{{0,6}}的)?"
        rf"(?P<name>[^，。；：“”的]{{0,6}}?(?P<head>{heads}))(?=[，。；]|$)"
    )


def staged_shows(text: str, lo: int, hi: int) -> list[Mention]:
    """The shows a union stages for an audience in the sentence ``text[lo:hi]``, one
    mention each, over the show's name."""
    out = []
    for m in _staged().finditer(text, lo, hi):
        words("touring_show_heads").found(m["head"])
        out.append(Mention(m.start("name"), m.end("name"), "", Category.other, True))
    return out
