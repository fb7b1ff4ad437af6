"""The venue a campaign was launched at (…关爱行动在某物流港启动) belongs to its launch
ceremony or first round, told in the same or a later sentence, not to the campaign, whose
later rounds go elsewhere. Moved out of :mod:`.links`, which relates activities, when the
first round told with the launch was added (stop 56)."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Category, Status


def launch_at_its_venue(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """…关爱行动在某物流港启动。…出席启动仪式: the venue a campaign was launched at is
    the place of its launch ceremony, on its first day; the campaign, run afterwards
    wherever its work goes, has no place of its own."""
    out = list(found)
    for i, draft in enumerate(found):
        ceremony = draft.trigger in words("launch_ceremonies")
        p = draft.parent if ceremony else _launched_with(texts[draft.paragraph], draft, found[:i])
        if draft.place or p is None:
            continue
        campaign = out[p]
        if campaign.place is None or not _launched_at(texts[campaign.paragraph], campaign):
            continue
        day = {"date": None, "date_from_parent": "first_day"} if ceremony else {}
        out[i] = replace(draft, place=campaign.place, **day)
        out[p] = replace(campaign, place=None)
    return out


def _launched_with(text: str, draft: ActivityDraft, before: list[ActivityDraft]) -> int | None:
    """The campaign whose launching sentence says the draft, its launch ceremony and
    first round, was taken part in (…系列活动在某园启动，…参加了启动仪式和首场健步走:
    real_dev2's gold puts the venue there, not on the series, whose later rounds go
    elsewhere); None when the draft is no such round."""
    here = (draft.paragraph, draft.sentence)
    campaigns = [
        j
        for j, d in enumerate(before)
        if d.category == Category.campaign and (d.paragraph, d.sentence) == here
    ]
    opening = text[max(draft.sentence[0], draft.name_start - 2) : draft.trigger_end]
    if not campaigns or draft.status != Status.held:
        return None
    return campaigns[-1] if words("launch_ceremonies").in_text(opening) else None


def _launched_at(text: str, draft: ActivityDraft) -> bool:
    """The draft's sentence launches it at its place (…活动在某驿站正式启动)."""
    adverbs, starting = words("holding_adverbs").pattern, words("starting_verbs").pattern
    shape = rf"在{re.escape(draft.place or '')}[^，。；]{{0,12}}?(?:{adverbs})?(?:{starting})"
    return re.search(shape, text[slice(*draft.sentence)]) is not None
