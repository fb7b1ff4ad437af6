"""A second activity joined to the one before it in one sentence (举办了职工篮球赛和职工
乒乓球赛, 分别举办职工篮球赛、职工拔河赛): the next item of what was held, a new
activity, though its name has nothing of its own (职工 and the trigger). Read as a name
without one, it was taken for the first told again and lost. Real pages of s41 (a
county union's sports week of two ball games, a city union's month of a match and a
show, a women's committee's quiz and speech contest). A visit its team makes besides
(慰问组一行还走访了某镇职工之家, after the tour's shows) is another activity likewise
(:func:`also_called_on`)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import LIST_JOINERS, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clause_end
from gonghui_build.vocabulary import Category


def joined_to_the_one_before(
    text: str, mentions: list[Mention], m: Mention, found: list[ActivityDraft], paragraph: int
) -> bool:
    """``m`` directly follows another mention of its sentence, only a joiner between
    them, both of one kind and under different words: a list's next item. Not a bare
    trigger (…和比赛), a round of a contest (初赛和复赛: its format, ``listed_rounds``) nor
    a visit (走访、慰问). Only when the item before was read as an activity (``found``,
    the activities read so far): after a kind of work read as none (开展了职工文体活动、
    读书活动: genres of the union's work, s42 acts50) the next item is none either."""
    at = next((i for i, other in enumerate(mentions) if other is m), 0)
    if at == 0:
        return False
    before = mentions[at - 1]
    if text[before.end : m.start] not in LIST_JOINERS or before.category != m.category:
        return False
    if m.end - m.start <= len(m.trigger) or m.category == Category.visit:
        return False
    if m.trigger in words("listed_rounds"):
        return False
    if text[before.start : before.end] == text[m.start : m.end]:
        return False
    return any(
        (d.paragraph == paragraph and d.trigger_end == before.end)
        or (paragraph, before.start, before.end) in d.mentions
        for d in found
    )


def also_called_on(text: str, m: Mention) -> bool:
    """``m`` is a visit its team made besides what was read before (慰问组一行还走访了某镇
    职工之家 after the shows of a culture tour): 还 right before its verb. Told by the
    team (慰问组), it reads as the activity before told again; with no visit before it to
    be, the 还 makes it one of its own, not a part of the shows or the campaign (real_dev2:
    the tour's shows and its call on a town's workers' home are two rows)."""
    if m.category != Category.visit or not m.trigger:
        return False
    verb = text.find(m.trigger, m.start, m.end)
    return verb > m.start and text[verb - 1] == "还"


@functools.cache
def _besides_re() -> re.Pattern[str]:
    """A delegation calling on people besides (某某一行还走访了, 一行还先后看望慰问了)."""
    group, calls = words("delegations").pattern, words("calling_visit_verbs").pattern
    return re.compile(rf"(?:{group})还(?:先后|专程)?(?:{calls})")


def called_on_besides(text: str, draft: ActivityDraft) -> bool:
    """The draft is a delegation's call told with 还 in its sentence's first clause
    (某某一行还走访了某厂，看望慰问了…，并与某某座谈), or the talk that sentence joins to it:
    made besides the occasion the item opens with, on a day the text does not give (that
    day or a later one of the trip). real_dev2's gold dates such calls by the month; a
    desk or a service 还 set up at the event itself (现场还开设了…) is no call."""
    talk = draft.category == Category.meeting and not draft.trigger
    if draft.category != Category.visit and not talk:
        return False
    start = draft.sentence[0]
    found = _besides_re().search(text, start, clause_end(text, start))
    return found is not None and found.start() < draft.trigger_end
