"""A single lesson told by its measure word and 课, with no activity noun: 律师为建筑
工人上了一堂劳动法律知识课, 走进工地，为农民工讲授一堂维权课. Union news reports a
lawyer's or teacher's visit to workers so; the measure (``lesson_measures``: 一堂, 一节)
says one session was given, and the audience before the verb (为, 给, 向) says to whom.
Without the audience (上好每一堂课, 上一堂课要…) it is talk about teaching, no event.
A lesson with no subject (给职工方代表上了一堂课) is one only when the sentence names its
teacher by a speaker's title (请来了…律师某某，…上了一堂课); else it is a figure of speech
(这次经历给我们上了一堂课).
A lesson told after an event named earlier in its sentence (开展送法活动，现场为农民工
上了一堂…课) is a session of that event, no row of its own (measured: one lesson so
told on a measured set is no activity of its gold), unless the sentence plans ahead
(将举办…现场会，某某要给…上一堂示范课: the tuning gold keeps the planned lesson)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.vocabulary import Category

#: How far the audience and the lesson's subject may run (为新就业形态劳动者, 劳动合同法律知识).
_SPAN = 16


@functools.cache
def _lesson_re() -> re.Pattern[str]:
    """An audience, a verb of giving a lesson, its measure and 课, in one clause."""
    return re.compile(
        rf"(?:为|给|向)[^，。；“”]{{1,{_SPAN}}}?(?P<verb>{words('lesson_verbs').pattern})"
        rf"(?P<measure>{words('lesson_measures').pattern})(?P<what>[^，。；“”]{{0,{_SPAN}}}?)课"
    )


def lessons(text: str, lo: int, hi: int) -> list[Mention]:
    """The lessons of the sentence ``text[lo:hi]``, one mention each, from the verb to
    the 课 that ends the lesson's name."""
    out: list[Mention] = []
    for m in _lesson_re().finditer(text, lo, hi):
        before = text[lo : m.start()]
        if len(m["what"]) < 2 and not words("speaker_titles").in_text(before):
            continue  # 给我们上了一堂课: a lesson of life, unless a teacher gave it (律师…)
        if patterns().trigger.search(before) and not date_words("plan_markers").in_text(before):
            continue  # 活动现场，律师为职工上了一堂…课: a session of the event told before
        words("lesson_verbs").found(m["verb"])
        words("lesson_measures").found(m["measure"])
        out.append(Mention(m.start("verb"), m.end(), "", Category.lecture, True, None, True))
    return out
