"""The points of a campaign's round-up: a union reports a campaign in one sentence
(扎实开展2024年元旦春节送温暖活动。) and then what it did under it a point a sentence or a
paragraph (一是领导带队走访慰问。…二是举办“工会年货节”。…三是开展…). Each point's
activity is a part of the campaign (real_dev31's gold; the round-ups of real_dev5,
real_dev24 and real_dev28 list their points so); read alone, the visits and fairs of the
points stood beside the campaign as activities of nobody's."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.item_headings import ITEM_ORDINAL
from gonghui_build.vocabulary import Category, Status

_POINT = re.compile(ITEM_ORDINAL)


def campaign_of_points(
    found: list[ActivityDraft], texts: list[str], paragraph: int, s_start: int
) -> int | None:
    """The campaign whose point the sentence at ``s_start`` opens, or None: the sentence
    opens with an item's ordinal; the latest campaign read, held or running and part of
    nothing, closed its paragraph's text before the points (this paragraph, or one whose
    later paragraphs up to this one open with points); every activity read since it is
    one of its points."""
    text = texts[paragraph]
    if not (_POINT.match(text, s_start) or _POINT.match(text)):
        return None  # a point's sentence, or any sentence of a paragraph a point opens
    for i in range(len(found) - 1, -1, -1):
        d = found[i]
        if d.category != Category.campaign or d.parent is not None:
            continue
        if d.status == Status.planned or any(e.parent != i for e in found[i + 1 :]):
            return None
        if d.paragraph == paragraph:
            return i if _POINT.match(text, s_start) and _opens_points(text, d.sentence[1]) else None
        closes = not texts[d.paragraph][d.sentence[1] :].strip("。：:； ")
        between = texts[d.paragraph + 1 : paragraph]
        return i if closes and all(_POINT.match(t) for t in between) else None
    return None


def _opens_points(text: str, end: int) -> bool:
    """The campaign's sentence ending at ``end`` is followed by the first point."""
    rest = text[end:].lstrip("。：:； ")
    return _POINT.match(rest) is not None
