"""A talk given under a title with no activity noun (or only 报告, which names a
document as often as a talk): a speaker (a person the recogniser
reads, or a speaker's title) ``以“…”为题`` and then tells (分享了成长经历, 深情回顾了…,
深入阐述了…). Union news reports the talks of a course or of a lecture tour so, one
speaker a sentence (real pages, s27: a provincial daily's tour of model workers, a
county news site's lecture tour, a workers' paper's training course). A title that names
a thing written (以《…》为题的征文活动) or followed by an activity noun (为题作专题辅导,
read by the trigger, :mod:`.mentions`) is no such talk. A talk of a kind named 报告 and
given to an audience (为师生作事迹报告) is one with no title (s36, real pages of four
sources: model workers' tours of schools in a Jiangsu city, a Shandong county, Inner
Mongolia and Gansu told their talks so)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import TALK_TITLE, patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.vocabulary import Category


@functools.cache
def _told() -> re.Pattern[str]:
    """以 and one title or more, 为题, then in its clause or the next a verb of telling."""
    return re.compile(
        rf"{TALK_TITLE}(?P<gap>[^，。；的]{{0,12}}?)(?P<verb>{words('titled_telling_verbs').pattern})"
    )


@functools.cache
def _reported() -> re.Pattern[str]:
    """作了题为《…》的专题报告, 作了《…》的报告: a talk named 报告 under its title (题为, or
    a title in 《》), of a kind of talk or none (not 工作报告, a congress's document)."""
    return re.compile(
        r"作了?(?:题为(?P<said>《[^》]{2,40}》|“[^”]{2,40}”)|(?P<booked>《[^》]{2,40}》))"
        rf"的(?:{words('talk_report_kinds').pattern})?报告(?!会|团)"
    )


@functools.cache
def _given_to() -> re.Pattern[str]:
    """为师生作事迹报告, 为全体职工作了一场专题报告: an audience after 为, then 作 and a talk
    named 报告 by its kind (``talk_report_kinds``), with no title."""
    kinds = words("talk_report_kinds").pattern
    return re.compile(
        rf"为[^，。；：“”《]{{1,12}}?作了?(?:一场)?(?:{kinds})(?:宣讲)?报告(?!会|团|厅)"
    )


def _has_speaker(text: str, lo: int, hi: int) -> bool:
    """A person or a speaker's title (教授, 劳模) in ``text[lo:hi]``."""
    before = text[lo:hi]
    if words("speaker_titles").in_text(before) or words("invited_speakers").in_text(before):
        return True
    return any(w.tag == "PER" and lo <= w.start and w.end <= hi for w in ner.words(text))


def titled_talks(text: str, lo: int, hi: int) -> list[Mention]:
    """Talks told under a title by a speaker named before it: one lecture each, from 以
    to the end of the verb's clause, named by its title as a titled talk with a trigger
    is (以“…”为题作专题辅导)."""
    out = []
    for m in _told().finditer(text, lo, hi):
        if patterns().trigger.search(m["gap"]):
            continue  # 为题作专题辅导: the trigger's mention names it
        if not _has_speaker(text, clause_start(text, m.start(), lo), m.start()):
            continue  # 文章以…为题: no one speaking
        words("titled_telling_verbs").found(m["verb"])
        end = clause_end(text, m.end(), hi)
        out.append(Mention(m.start(), end, "", Category.lecture, True, m["title"]))
    for m in _reported().finditer(text, lo, hi):
        if not _has_speaker(text, clause_start(text, m.start(), lo), m.start()):
            continue
        words("talk_report_kinds").note_in(m[0])
        title = m["said"] or m["booked"]
        out.append(Mention(m.start(), m.end(), "", Category.lecture, True, title))
    for m in _given_to().finditer(text, lo, hi):
        # a talk of a kind given to an audience, with no title: a lecture all the same
        # (劳模走进某中学，为师生作事迹报告); 工作报告, a congress's document, is no kind
        if not any(t.start < m.end() and m.start() < t.end for t in out):
            words("talk_report_kinds").note_in(m[0])
            out.append(Mention(m.start(), m.end(), "", Category.lecture, True, None, True))
    return out + [m for m in topic_talks(text, lo, hi) if not any(_overlap(m, t) for t in out)]


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


@functools.cache
def _on_topic() -> re.Pattern[str]:
    """就<topic>作(了)(专题)辅导: a talk named by its topic after 就, closing its clause."""
    return re.compile(
        rf"就(?P<topic>[^，。；：“”]{{2,20}}?)(?:作|做)了?(?:专题)?"
        rf"(?:{words('topic_talk_words').pattern})(?=[，。；]|$)"
    )


def topic_talks(text: str, lo: int, hi: int) -> list[Mention]:
    """A talk a speaker gives on a topic (经审会主任某某就工会经费审计作辅导): a lecture
    from 就 to the talk's word, one of its own beside the course's other talks (its topic
    tells it apart, as a title does). A speaker (a person, a speaker's title) must open
    the clause: 会议就下一步工作作部署 is no talk."""
    out = []
    for m in _on_topic().finditer(text, lo, hi):
        if not _has_speaker(text, clause_start(text, m.start(), lo), m.start()):
            continue
        words("topic_talk_words").note_in(m[0])
        out.append(Mention(m.start(), m.end(), "", Category.lecture, True))
    return out
