"""A named 活动 held at one venue (在某公园举办职工健步走活动, 某活动在某中心举行) is an
event of its own, not a campaign: a campaign runs across a region for a while (在全市开展
…活动), an event is held on a day at a site. The generic heads that name either
(``reference/activities.yaml: held_event_heads``) read as a campaign by default; held at
a venue with a verb of holding (``held_event_verbs``) in the mention's clause, they are
kind other, as the tuning gold has such women's days, care days and joining days."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.vocabulary import Category


def held_at_venue(draft: ActivityDraft, text: str) -> ActivityDraft:
    """The draft as an event (kind other) when its generic head names one held at a
    venue; unchanged otherwise. ``text`` is the paragraph the draft's offsets point into."""
    if draft.category != Category.campaign or draft.place is None:
        return draft
    if draft.trigger not in words("held_event_heads") or "“" in draft.place:
        return draft
    if words("held_event_giving").in_text(draft.name):
        return draft  # “端午送安康”活动: a giving, campaign or visit as the gold has it
    lo = clause_start(text, draft.name_start, draft.sentence[0])
    hi = clause_end(text, draft.trigger_end, draft.sentence[1])
    if not words("held_event_verbs").in_text(text[lo:hi]):
        return draft
    return replace(draft, category=Category.other)


def within_held_event(draft: ActivityDraft, text: str, end: int) -> bool:
    """A mention ending at ``end`` that speaks from inside an event :func:`held_at_venue`
    read from a generic head (活动中，某医师作了…讲座; ``held_event_within``): like a
    campaign's, it holds the talks and shows told after it. A mention that only names the
    event (健步走是…系列活动的第一场) holds nothing."""
    if draft.category != Category.other or draft.trigger not in words("held_event_heads"):
        return False
    return bool(words("held_event_within").starting(text, end))
