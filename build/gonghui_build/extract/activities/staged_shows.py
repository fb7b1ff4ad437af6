"""A show a union stages for an audience, told with no trigger of its own: 某区总工会为
环卫工人送上一场精彩的演出, 某市总工会为工地工友献上一场新春演出. 演出 alone is no trigger
(登台演出 is what performers do), and the gift path read the whole verb phrase as goods
handed over (为环卫工人送上一场精彩的演出 as the name). The union right before 为, the
audience, a verb of staging (``staging_verbs``), one round counted (一场, 一台) and a show's
head (``touring_show_heads``) closing the clause make one show, named from after the count
and its words of praise (精彩的) to the head: 演出, 新春演出. Real pages, s37 acts32: a
Hubei city union's site show told 为工地的工友们送上了一场精彩的慰问演出, and Yantai and
Xianyang site shows told with 呈上/献上一场… the same way.

A troupe's programmes (:func:`_programmes`): a union or its art troupe (``show_troupes``)
that went to a site (来到某码头，) staging programmes for an audience (为码头工人送上了歌舞、
相声等精彩的文艺节目, 为建设者献上了十余个节目) is one show there, unnamed: the programmes are
what was staged, no name of it. Read by its going verb alone it was a visit. Real pages,
s38 acts35: a Dalian city union's troupe at a container port, a Guangxi region union's
summer tour of sites, a Wuhan rail bureau's culture train, a Xi'an new district's workshop
show and Fuzhou site shows tell the shows so, beside those with 演出."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category


def _staged_for() -> str:
    """为 and the audience (after a gift's adverb, perhaps), then a staging verb: how a
    union's show and a troupe's programme are both told (为某厂职工送上了…)."""
    staging = words("staging_verbs").pattern
    return rf"(?:{words('gift_adverbs').pattern})?为[^，。；：“”]{{1,24}}?(?:{staging})了?"


@functools.cache
def _staged() -> re.Pattern[str]:
    """工会, 为 and the audience, a staging verb, one round, then the show to the clause
    end; ``name`` is the show after the last 的 (or after the count)."""
    heads = words("touring_show_heads").pattern
    return re.compile(
        rf"(?<=工会){_staged_for()}(?:一|1)(?:场|台)(?:[^，。；：“”的]{{0,6}}的)?"
        rf"(?P<name>[^，。；：“”的]{{0,6}}?(?P<head>{heads}))(?=[，。；]|$)"
    )


@functools.cache
def _programmes() -> re.Pattern[str]:
    """A union or a troupe, a going verb and the site to a comma (optional), 为 and the
    audience, a staging verb, then what is staged to the clause end, closed by a head of
    programmes (``staged_programme_heads``); ``head`` is that head."""
    heads = words("staged_programme_heads").pattern
    # a troupe's name may be quoted: 市总工会“文艺轻骑兵”走进某厂
    troupes = [*words("show_troupes")]
    behind = "|".join([f"(?<={t})" for t in ["工会", *troupes]] + [f"(?<={t}”)" for t in troupes])
    return re.compile(
        rf"(?:{behind})(?:(?:{words('going_verbs').pattern})[^，。；：“”]{{2,24}}，)?"
        rf"{_staged_for()}[^，。；：“”]{{0,24}}?(?P<head>{heads})(?=[，。；]|$)"
    )


@functools.cache
def _troupe_rounds() -> re.Pattern[str]:
    """A troupe, then within its clause a show's head counted by its rounds (演出48场);
    ``head`` is that head."""
    behind = "|".join(f"(?<={t})" for t in words("show_troupes"))
    heads = words("troupe_show_heads").pattern
    return re.compile(
        rf"(?:{behind})[^，。；：“”]{{0,24}}?(?P<head>{heads})"
        rf"(?:\d+|[{COUNT_NUMERALS}]+)(?:余|多)?场"
    )


def staged_shows(text: str, lo: int, hi: int) -> list[Mention]:
    """The shows a union stages for an audience in the sentence ``text[lo:hi]``, one
    mention each, over the show's name; a troupe's programmes staged, one unnamed show
    each, over the programmes' head."""
    out = []
    for m in _staged().finditer(text, lo, hi):
        words("touring_show_heads").found(m["head"])
        out.append(Mention(m.start("name"), m.end("name"), "", Category.other, True))
    for m in _programmes().finditer(text, lo, hi):
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        words("staged_programme_heads").found(m["head"])
        out.append(Mention(m.start("head"), m.end("head"), "", Category.other, True))
    for m in _troupe_rounds().finditer(text, lo, hi):
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        before = text[lo : m.start()]
        troupe = words("show_troupes").ending(before) or ""
        if words("troupe_show_heads").in_text(before[: len(before) - len(troupe)]):
            continue  # …开展巡回慰问演出活动，…演出队已深入基层演出16场: its count
        words("troupe_show_heads").found(m["head"])  # 艺术团深入基层演出48场: its shows
        out.append(Mention(m.start("head"), m.end("head"), "", Category.other, True))
    return out


def shows_told_before(found: list[ActivityDraft], said: str) -> int | None:
    """The troupe's round of shows (``said``, a bare show head read by
    :func:`_troupe_rounds`: 演出队已深入基层演出16场) after a show programme was read
    (…开展“送文化·进基层”巡回慰问演出活动。): that programme's count, not a round of its
    own; the latest activity named with a show head."""
    if said not in words("troupe_show_heads"):
        return None
    for i in range(len(found) - 1, -1, -1):
        if found[i].name and words("troupe_show_heads").in_text(found[i].name):
            return i
    return None
