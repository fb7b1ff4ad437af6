"""Events told as the subject of a clause that reports them held. A national meeting of
the union system so reported (全国工会女职工工作会议在京召开, 全国总工会十七届五次执委
会议以电视电话会议形式召开, 全国…工会年会日前在西安闭幕): the
article's news, though a name opening with 全国 is otherwise cited as background
(:mod:`.background`). The meeting is the subject of its clause and the clause ends in a
verb of holding; one followed by a word of time (召开之际, 召开以来, 闭幕后) is still a
point of reference, and one without a union in its name (全国两会在京闭幕) a national
event."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.specific_names import without_modifiers
from gonghui_build.text.clauses import clause_start


@functools.cache
def _held_after_name() -> re.Pattern[str]:
    """What may stand between the meeting's name and its verb of holding (日前, 3月8日,
    在京, 以电视电话会议形式, 顺利), then the verb, closing the clause."""
    manner = r"(?:以[^，。；、]{1,12}?(?:形式|方式))"
    time = rf"(?:{words('held_time_words').pattern}|(?:\d{{1,2}}月)?\d{{1,2}}日(?:[上下]午)?)"
    place = r"(?:在[^，。；、“”]{1,14}?)"
    adverb = words("holding_adverbs").pattern
    verb = words("reported_held_verbs").pattern
    # the verb closes the clause: 召开之际, 召开以来, 闭幕后 go on to a point of time
    return re.compile(rf"(?:{time}|{place}|{manner}|(?:{adverb}))*(?:{verb})(?=[，。；！]|$)")


def national_meeting_held(text: str, mention: Mention) -> bool:
    """Whether the meeting ``mention`` names is a union-system meeting opening its
    clause, reported as held there (``reference/activities.yaml: reported_held_verbs``)."""
    name = text[mention.start : mention.end]
    if not words("convening_unions").in_text(name):
        return False
    if text[clause_start(text, mention.start) : mention.start].strip("“ "):
        return False  # 在全国…会议召开之际, 传达全国…会议: not the clause's subject
    return _held_after_name().match(text, mention.end) is not None


def held_as_subject(text: str, s_start: int, start: int, t_start: int, t_end: int) -> bool:
    """Whether a kind that needs a name (培训, 活动) stands with words of its own as the
    subject of a clause that reports it held (全县工会干部能力提升培训在县委党校举行,
    某街道职工亲子阅读活动日前在某社区举办): one event, as 某某培训班在…开班 is. A
    demonstrative or generic words alone before it (此次培训在市委党校举行, 专题培训在…
    举行) tell of an event read before, and words that do not open the clause (在全县工会
    干部培训举行之际) no event of its own."""
    opened = clause_start(text, start, s_start)
    if text[opened:start].strip("“ ") or len(without_modifiers(text[start:t_start])) < 4:
        return False
    return _held_after_name().match(text, t_end) is not None
