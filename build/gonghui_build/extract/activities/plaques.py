"""Plaques given: a union or its officer handing a named facility its plaque (区总工会为
首批十二家“货运司机之家”授牌, 某副主席在此为支队“职工之家”授牌) is an event of its own,
named by the facility and the award.

Read only where the sentence tells the giving as done: a giver as the subject of the
award's verb (a union, or a person named alone, in the award's clause or, after 并, at
the head of a clause before it in the sentence) and a day or a place of the award's own
(上周, 7月31日, 会上, 在此). A plaque named without them (已为三十家“职工书屋”授牌, a
running total; “职工之家”授牌标准, the award as a topic) is no event. Nor is one given at
a ceremony the paragraph names up to it (举行授牌仪式，为…授牌): the ceremony is the
event, read by its own word."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import FACILITY_NAME_CHAR, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.text.clauses import clause_start, clauses
from gonghui_build.text.names import is_plausible_name
from gonghui_build.vocabulary import Category


@functools.cache
def _plaque_awarded() -> re.Pattern[str]:
    """为<recipient>(的)<facility><award word>, not a ceremony's name (授牌仪式)."""
    head = words("facility_heads").pattern
    bare = FACILITY_NAME_CHAR
    return re.compile(
        rf"为(?:[^，。；：“”为]{{0,24}}?)(?P<name>“[^”]{{0,12}}(?:{head})”|{bare}{{1,10}}?(?:{head}))"
        rf"(?:{words('plaque_award_words').pattern})(?!仪式)"
    )


def _without_adverbs(before: str) -> tuple[str, bool]:
    """``before`` without the adverbs closing it (在此, 共同, 并, 还): the giver's words
    left, and whether 并 or another joining adverb stood there (the giver is then the
    subject of a clause before)."""
    joined = False
    while adverb := words("plaque_adverbs").ending(before):
        joined = joined or adverb in words("plaque_joining_adverbs")
        before = before[: -len(adverb)]
    return before, joined


def _is_giver(words_before: str) -> bool:
    """A union (县总工会, 区总工会女职工委员会) or a person named alone (戴明远), or a
    post and the person (副主席戴明远), ending the words before the award."""
    if words("plaque_givers").ending(words_before):
        return True
    return any(is_plausible_name(words_before[-n:], True) for n in (2, 3))


def _has_giver(text: str, lo: int, at: int) -> bool:
    """The award at ``at`` (its 为) has a giver as its subject: in its own clause, or,
    after 并, at the head of a clause before it in the sentence starting at ``lo``."""
    start = clause_start(text, at, lo)
    before, joined = _without_adverbs(text[start:at])
    if before:
        return _is_giver(before)
    if not joined:
        return False
    heads = [text[c_lo:c_hi] for c_lo, c_hi in clauses(text, lo, start)]
    return any(_is_giver(h[: m.end()]) for h in heads if (m := _giver_head().match(h)))


@functools.cache
def _giver_head() -> re.Pattern[str]:
    """A clause opening with a union (县总工会与某局签订了…)."""
    return re.compile(rf"[^，。；：]{{1,16}}?(?:{words('plaque_givers').pattern})")


def _own_day_or_place(text: str, lo: int, hi: int) -> bool:
    """The sentence tells a day (上周, 7月31日) or a place (在此, 会上) of its own."""
    sentence = text[lo:hi]
    if words("here_words").in_text(sentence) or words("after_meeting").in_text(sentence):
        return True
    past = date_words("past_days")
    return any(d.day is not None or (d.relative or "") in past for d in find_dates(sentence))


def plaques_awarded(text: str, lo: int, hi: int) -> list[Mention]:
    """The plaques the sentence ``text[lo:hi]`` tells given to named facilities, one
    mention each, spanning the facility's name and the award. The sentence's dates are
    read only when an award is found (find_dates is the costly part; most sentences
    give no plaque)."""
    found = list(_plaque_awarded().finditer(text, lo, hi))
    if not found or "仪式" in text[:hi] or not _own_day_or_place(text, lo, hi):
        return []
    out: list[Mention] = []
    for m in found:
        if not _has_giver(text, lo, m.start()):
            continue
        words("plaque_award_words").note_in(m[0])
        out.append(Mention(m.start("name"), m.end(), "", Category.other, True))
    return out
