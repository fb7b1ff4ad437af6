"""An activity named only by its kind (职工文体活动, 健身趣味活动) that the text still
reports as one event.

``ANNOTATION.md`` keeps generic habits (开展丰富多彩的活动) out of the activities, and the
finder drops a mention of ``活动`` with no proper name. Real union pages, though, often
report a single outing so: a verb holds it on a day of its own (4月28日下午组织职工开展了
文体活动) or on a holiday (将于元宵节期间举办职工猜灯谜活动: real_dev31's gold, a plan),
or the next sentence takes it up as one event (…参加了此次活动, 本次活动共设置了…).
Either says the text means one event, whose count and date follow; without them it
stays a habit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities.cues import series_round
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.links import governed
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.specific_names import without_modifiers
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import sentences


def reported_as_one_event(
    texts: list[str], paragraph: int, s_start: int, s_end: int, m: Mention
) -> bool:
    """A mention of a generic head (活动) with a kind of its own (文体, 健身趣味), held by
    a verb of its sentence (开展了, 组织), that the sentence dates to a day or the next
    sentence refers back to (此次活动, 本次活动)."""
    text = texts[paragraph]
    if not _held_kind(text, s_start, m):
        return False
    return held_on_its_day(text, s_start, m) or _taken_up_next(texts, paragraph, s_end, m.trigger)


def _held_kind(text: str, s_start: int, m: Mention) -> bool:
    """A generic head (活动) with a kind of its own (文体, 猜灯谜) that a verb holds."""
    if m.specific or m.trigger not in words("generic_heads"):
        return False
    written = text[m.start : m.end - len(m.trigger)]
    if len(without_modifiers(written)) < 2 or words("vague_kinds").in_text(written):
        return False
    return governed(text, _past_modifiers(text, s_start, m), s_start)


def held_on_its_day(text: str, s_start: int, m: Mention) -> bool:
    """The generic mention of a kind of its own is held on a day or a holiday its sentence
    tells before it (4月28日组织开展了文体活动, 将于元宵节期间举办职工猜灯谜活动): one event
    of its own, not the campaign read before told again by its head word (real_dev31's
    gold: a holiday's riddle evening planned after a Spring Festival campaign)."""
    if not _held_kind(text, s_start, m):
        return False
    written = text[m.start : m.end - len(m.trigger)]
    if re.fullmatch(series_round(), written):
        return False  # …系列活动启动，首场活动为职工健步走: a round of the series, no kind
    return any(d.day or d.holiday for d in find_dates(text[s_start : m.start]))


def _past_modifiers(text: str, s_start: int, m: Mention) -> Mention:
    """The mention opened at the generic modifiers before it (开展了|丰富多彩的|文体活动),
    so that the verb before them is the one that holds it."""
    lead = text[s_start : m.start]
    cut = words("generic_modifiers").ending(lead)
    while cut:
        lead = lead[: len(lead) - len(cut)]
        cut = words("generic_modifiers").ending(lead)
    return replace(m, start=s_start + len(lead))


def _taken_up_next(texts: list[str], paragraph: int, s_end: int, trigger: str) -> bool:
    """The sentence after (in this paragraph, or the next paragraph's first) names the
    activity again as 此次活动, 本次活动, 这次活动."""
    text = texts[paragraph]
    following = [(s, e) for s, e in sentences(text) if s >= s_end]
    if following:
        nxt = text[following[0][0] : following[0][1]]
    elif paragraph + 1 < len(texts):
        spans = sentences(texts[paragraph + 1])
        nxt = texts[paragraph + 1][spans[0][0] : spans[0][1]] if spans else ""
    else:
        return False
    anaphora = words("anaphora")
    hit = next((a for a in anaphora if f"{a}{trigger}" in nxt), None)
    return hit is not None and bool(anaphora.found(hit))  # the usage record sees the word
