"""The points of a campaign's round-up: a union reports a campaign in one sentence
(扎实开展2024年元旦春节送温暖活动。) and then what it did under it a point a sentence or a
paragraph (一是领导带队走访慰问。…二是举办“工会年货节”。…三是开展…). Each point's
activity is a part of the campaign (real_dev31's gold; the round-ups of real_dev5,
real_dev24 and real_dev28 list their points so); read alone, the visits and fairs of the
points stood beside the campaign as activities of nobody's."""

from __future__ import annotations

import re
from collections.abc import Callable

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.item_headings import ITEM_ORDINAL
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.restated import tallies_rounds
from gonghui_build.extract.activities.services import is_service
from gonghui_build.text.clauses import clause_end
from gonghui_build.text.numbers import COUNT_NUMERALS
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


def campaign_of_rounds(
    found: list[ActivityDraft], campaigns: list[int], text: str, m: Mention
) -> int | None:
    """The campaign its sentence read before the mention ``m``, when ``m`` counts the
    rounds held (开展“某某”法律服务行动，举办法律讲座46场，…): the rounds are the
    campaign's work, a part of it (real_dev31's gold; real_dev22 and real_dev28 have a
    campaign's counted lectures, consultations and showings so). None otherwise."""
    return _held_campaign(found, campaigns) if tallies_rounds(text, m) else None


def _held_campaign(found: list[ActivityDraft], campaigns: list[int]) -> int | None:
    """The campaign the sentence read last, unless it is planned: a plan's counted rounds
    and those it will serve are counted for a course of their own (real_dev10's gold),
    never taken into the plan."""
    if not campaigns or found[campaigns[-1]].status == Status.planned:
        return None
    return campaigns[-1]


#: Those served counted by visits (2300余人次, 一千多人次): a service's tally.
_PERSON_TIMES = re.compile(rf"[\d.{COUNT_NUMERALS}零万]+(?:余|多)?万?人次")


def served_within(
    found: list[ActivityDraft], campaigns: list[int], text: str, m: Mention
) -> int | None:
    """The campaign its sentence read before the mention ``m``, when ``m``'s clause counts
    those it served by 人次 and no rounds (开展“某某”法律服务行动，…，受理法律咨询2300余
    人次): the campaign's work and its tally, no activity of its own (real_dev31's gold
    counts them as the campaign's participants). Not under a planned campaign, nor (the
    finder asks) in a plan's sentence: real_dev10's gold counts a plan's trainees (将…培训
    一线职工3000人次) for its course too. None otherwise."""
    campaign = _held_campaign(found, campaigns)
    if campaign is None or tallies_rounds(text, m):
        return None  # …行动期间将…培训一线职工3000人次: a plan's course, counted of its own
    clause = text[m.start : clause_end(text, m.start)]
    return campaign if _PERSON_TIMES.search(clause) else None


def work_within(
    found: list[ActivityDraft],
    campaigns: list[int],
    text: str,
    m: Mention,
    status: Callable[[], Status],
) -> int | None:
    """The campaign the sentence read last when ``m`` is its work: a service done in it
    (在“送健康”活动中，…为126名劳模进行了免费体检), or, unless the mention is planned
    (``status``, read only when the service is not), those it served counted by 人次
    (:func:`served_within`). None otherwise."""
    if campaigns and is_service(text, m):
        return campaigns[-1]
    if status() == Status.planned:
        return None
    return served_within(found, campaigns, text, m)
