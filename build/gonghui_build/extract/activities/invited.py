"""Talks by an invited speaker, told by the invitation and the talk alone, with no
activity noun: 请来劳模某某给我们讲安全常识, 请来某大学某教授给职工上日语课, 请县医院医生
某某讲妇女保健, 邀请劳模某某走进某车间，为一线职工讲述…. The invitation (``invited_verbs``),
a speaker (a person the recogniser reads, a speaker's title or an honoured worker:
``speaker_titles``, ``invited_speakers``), an audience and a subject optionally (给/为/向…,
围绕/就…) and a verb of talking or a lesson (``talk_to_audience``, 上…课) make one session."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import category_of, patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text import ner
from gonghui_build.vocabulary import Category


@functools.cache
def _invited_talk() -> re.Pattern[str]:
    # the speaker, then where they were taken (走进某车间，) and to whom (给职工, or
    # after a comma that closes the speaker's long title: 邀请某校副教授某某，为职工授课),
    # then the talk; 讲话, 讲座… are other words
    return re.compile(
        rf"(?<![申提聘])(?P<verb>{words('invited_verbs').pattern})"
        r"(?P<who>[^，。；“”]{2,20}?)(?:(?:走进|来到|到)[^，。；“”]{2,16}，)?"
        r"(?:，?(?:给|为|向)[^，。；“”]{1,16}?)?"
        r"(?:(?:围绕|就)[^，。；“”]{1,16}?)?"  # the subject: 围绕工会经费审查授课
        rf"(?P<talk>(?:{words('talk_to_audience').pattern})(?![话座堂坛究评解授])"
        r"|上[^，。；“”]{0,4}?课)"
    )


#: The bare inviting verb, which asks anyone to talk (请某某讲讲): only a speaker named
#: by a title or an honour counts after it, not any person.
_BARE = "请"


def _session_before(text: str, lo: int, at: int) -> bool:
    """A lecture or course named earlier in the sentence: the invited speaker gives it.
    Not the course told again as the sentence's subject (培训邀请某校教授某某围绕…授课,
    本次培训班还邀请…: the course a paragraph before reported invites the speaker, whose
    talk is a session of it, as ANNOTATION.md keeps a course's lectures by named
    teachers; s40 acts41, real pages of four district and county cadre courses)."""
    return any(
        category_of(t.group()) in (Category.lecture, Category.training)
        and not _course_as_subject(text, lo, t)
        for t in patterns().trigger.finditer(text, lo, at)
    )


def _course_as_subject(text: str, lo: int, trigger: re.Match[str]) -> bool:
    """A bare course word opening the sentence, after a demonstrative at most (培训,
    此次培训班): the course read before, now the subject of the invitation."""
    if category_of(trigger.group()) != Category.training:
        return False
    opening = text[lo : trigger.start()]
    return not opening or opening in words("anaphora")


def _closed_by_speaker(text: str, m: re.Match[str], tagged: list | None) -> bool:
    """A comma after the invited clause closes the speaker's own words (邀请某校教授某某，
    为职工授课), never a clause of what they did there (邀请劳模代表发言，为大家讲述…: a
    turn at the meeting, no talk of its own): the clause ends with a speaker's title, an
    honoured worker or a person's name."""
    if not text.startswith("，", m.end("who")):
        return True
    who = m["who"]
    if words("speaker_titles").ending(who) or words("invited_speakers").ending(who):
        return True
    tagged = ner.words(text) if tagged is None else tagged
    return any(w.tag == "PER" and w.end == m.end("who") for w in tagged)


def invited_talks(text: str, lo: int, hi: int) -> list[Mention]:
    """The talks of invited speakers in the sentence ``text[lo:hi]``, one mention each,
    from the invitation to the end of the talk's clause."""
    out: list[Mention] = []
    tagged = None
    for m in _invited_talk().finditer(text, lo, hi):
        if words("reporters").in_text(text[lo : m.start()]):
            continue  # 记者请某某讲讲体会: the reporting itself
        if _session_before(text, lo, m.start()):
            continue  # 举办健康讲座，邀请某医生为职工讲…: how that session was given
        who = m["who"]
        speaker = words("speaker_titles").in_text(who) or words("invited_speakers").in_text(who)
        if not speaker and m["verb"] != _BARE:
            tagged = ner.words(text) if tagged is None else tagged
            speaker = any(
                w.tag == "PER" and m.start("who") <= w.start and w.end <= m.end("who")
                for w in tagged
            )
        if not speaker or not _closed_by_speaker(text, m, tagged):
            continue
        words("invited_verbs").note_in(m[0][: m.start("who") - m.start()])
        words("talk_to_audience").note_in(m["talk"])
        end = next((i for i in range(m.end(), hi) if text[i] in "，。；"), hi)
        out.append(Mention(m.start(), end, "", Category.lecture, True))
    return out
