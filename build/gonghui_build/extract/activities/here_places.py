"""Places an activity's sentence points back to (在此, 在这里): the venue the sentence
before sets its scene in, or that of the event it is part of. Kept apart from
:mod:`.places` (the frames of one sentence), which asks it last, when the activity's own
sentence names no place."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.place_frames import LONGEST
from gonghui_build.extract.activities.venue_words import is_venue
from gonghui_build.text.clauses import clause_end, clause_start, clauses


def referred_back(text: str, sentence: tuple[int, int], mention: tuple[int, int]) -> str | None:
    """在此开展… after a sentence opening at a venue (某市场爱心驿站内暖意融融): the venue
    the sentence before names in its first clause, before a localiser (内, 里); or the
    activity's own, 在这里 just after its name (…港湾里又热闹起来。…第三讲在这里开讲)."""
    clause = text[clause_start(text, mention[0], sentence[0]) : mention[0]]
    after = text[mention[1] : min(clause_end(text, mention[1], sentence[1]), mention[1] + 6)]
    if not words("here_words").in_text(f"{clause}，{after}"):
        return None
    before = text[: sentence[0]].rstrip("。！？")
    opening = max(before.rfind(mark) for mark in "。！？") + 1
    held_here = _held_here().search(text, sentence[0], sentence[1]) is not None
    for lo, hi in clauses(before, opening, len(before)):
        venue = venue_before_localiser(text, lo, hi)
        if venue is None and held_here:
            venue = _venue_named(text, lo, hi)
        if venue is not None:
            return venue
    return None


@functools.cache
def _held_here() -> re.Pattern[str]:
    """在此 or 在这里 right before the verb of holding (在此举行, 在这里隆重召开): the
    words point back to a place, not to a state of things (在此基础上开展…)."""
    here = words("here_words").pattern
    adverbs = words("holding_adverbs").pattern
    return re.compile(f"(?:{here})(?:{adverbs})?(?:{words('holding_verbs').pattern})")


def _venue_named(text: str, lo: int, hi: int) -> str | None:
    """The venue a clause ``text[lo:hi]`` names as its subject (某县工人文化宫|是…) or as
    where someone went (记者来到|某物流园): the place 在此 points back to when the sentence
    before sets no scene with a localiser; None when the words are no venue."""
    clause = text[lo:hi]
    copulas = words("here_subject_copulas").pattern
    at = re.match(f"(.{{2,{LONGEST}}}?)(?:{copulas})", clause)
    if at and is_venue(text, lo, lo + len(at[1])):
        return at[1]
    going = re.search(f"(?:{words('here_going_verbs').pattern})(.{{2,{LONGEST}}})$", clause)
    if going and is_venue(text, lo + going.start(1), hi):
        return going[1]
    return None


def venue_before_localiser(text: str, lo: int, hi: int) -> str | None:
    """The venue a clause ``text[lo:hi]`` opens with before a localiser (某市体育馆|内,
    某驿站|里): where a sentence sets its scene; None when the words are no venue."""
    at = re.match(f"(.{{2,{LONGEST}}}?)(?:{words('localisers').pattern})", text[lo:hi])
    if at is None or is_venue(text, lo, lo + len(at[1])):
        return at[1] if at else None
    cut = lo + at[1].find("的")  # 某街道的劳动者港湾|里: a venue in a place, as written
    named = cut >= lo + 2 and is_venue(text, lo, cut) and is_venue(text, cut + 1, lo + len(at[1]))
    return at[1] if named else None


#: 在此 as a frame of thought, not of place (在此基础上, 在此期间, 在此之际, 在此背景下).
_NOT_A_PLACE_AFTER = re.compile("基础|期间|之际|之前|之后|以前|以后|背景|过程|前提")


def at_parents_venue(draft: ActivityDraft, parent_place: str | None, text: str) -> ActivityDraft:
    """A part of an event done 在此 (会前，与会代表在此参观了…; 学员们还在此分组开展了…交
    流) with no place of its own is at the venue of the event it is part of: the words
    point back to where that event was held, though the sentence before may set no scene
    (…代表大会在成都召开)."""
    if draft.place or not parent_place:
        return draft
    lo = clause_start(text, draft.name_start, draft.sentence[0])
    for m in words("here_words").finditer(text, lo, draft.trigger_end):
        if not _NOT_A_PLACE_AFTER.match(text, m.end()):
            return replace(draft, place=parent_place)
    return draft
