"""Posts a feature states of its person through a pronoun: ``入行二十年，某某从学徒成长为
工匠。他如今是某建设集团有限公司钢筋工班长`` — profiles of model workers and craftsmen
name the person once and go on with 他 or 她, and the post the person holds now comes in
that later sentence, after the copula or a mark of tenure (:func:`.tenure.post_stated_at`).

The post is the named person's only when the pronoun can stand for no one else: it opens
a sentence (a word of time before it aside), and its paragraph names exactly one
person before it. A pronoun after a comma is read too when the comma follows that
person's name itself (``某厂的老职工某某，他是厂工会副主席，…``): the pronoun takes up the
name it stands right after, as features introduce a worker, so no verb of saying
(某某说，他…) or other subject comes between.

A clause with no subject at all, opened by a word of time and the copula or by a mark
of tenure (``今年47岁的某某来自某县，从小工干起，如今是某集团钢筋工班长、高级技师``;
``…，现任…``), goes on with the subject of its sentence: read when that sentence's
first clause names the person and the paragraph names no one else before it.

A career told after the name goes on so too: a clause of no subject or a pronoun's (a year
before it or not) opened by a verb of taking a post after a word of when
(``某某曾任某厂车间主任，后又任某县总工会副主席``; ``1992年，她担任某站站长``:
:func:`.tenure.career_post_at`) states a later post of the same person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.further_mentions import Hits
from gonghui_build.extract.people.rules import SENTENCE_OPENING
from gonghui_build.extract.people.tenure import (
    NOW,
    YEAR,
    career_post_at,
    career_verb,
    post_stated_at,
)
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.tokenizer import Token

#: Words of sequence opening a career's sentence (``titles.yaml`` career_sequence_words:
#: 此后，她曾任…).
_SEQUENCE = lexicon.words("titles.yaml", "career_sequence_words").pattern
#: A third-person pronoun opening a sentence, after or before a word of time
#: (tenure.NOW), or after a year (1992年，她担任…: a career told year by year, tenure.YEAR)
#: or a word of sequence (此后，她曾任…). Not after a comma: 某某说，他现在是… may speak
#: of someone else.
_PRONOUN = re.compile(rf"{SENTENCE_OPENING}(?:{NOW}，?|{YEAR}|(?:{_SEQUENCE})，?)?[他她]{NOW}?")
#: A third-person pronoun right after a comma (a word of time before it aside): read only
#: when the name it follows ends at that comma.
_PRONOUN_AFTER_NAME = re.compile(rf"(?<=，)(?:{NOW}，?)?[他她]{NOW}?")


#: A clause of no subject after a comma: a word of time before the copula (如今是,
#: 现在是), or a mark of tenure (``titles.yaml`` posts_after_name_marks: 现任, 现为).
#: Not 已是 'is already' (如今已是): the organisations' grammar reads 已是 into the body's
#: name there (a lead, s44).
@functools.cache
def _no_subject() -> re.Pattern[str]:
    marks = lexicon.words("titles.yaml", "posts_after_name_marks").pattern
    return re.compile(rf"(?<=，)(?:{NOW}(?=是)|{NOW}?(?={marks})|(?={career_verb().pattern}))")


#: Marks that close a sentence's first clause: the subject is named before one.
_FIRST_CLAUSE_ENDS = "，。！？；：\n"


def _subject_of_sentence(text: str, starts: list[int], name_end: int, clause: int) -> bool:
    """The name (printed at ``starts``, its last mention ending at ``name_end``) is in the
    first clause of the sentence the subjectless clause at ``clause`` goes on, or that
    sentence opens with a pronoun taking up the name (某某进厂当操作工。他曾任某装置班长，
    2014年后任公司首席技师: a profile's career goes on with the pronoun's subject)."""
    opening = max(text.rfind(c, 0, clause) for c in "。！？；\n") + 1
    if opening > name_end:
        return _PRONOUN.match(text, opening) is not None or _profiles_next(text, starts, opening)
    name_start = min(k for k in starts if k >= opening)  # its first mention there
    return not any(c in text[opening:name_start] for c in _FIRST_CLAUSE_ENDS)


#: The longest label a profile's paragraph prints before its person's name (人物简介：,
#: 个人档案：).
_LABEL = 8
#: A year opening a sentence of no subject (2001年进入某公司，曾任…).
_YEAR_OPENING = re.compile(YEAR)


def _profiles_next(text: str, starts: list[int], opening: int) -> bool:
    """人物简介：某某，女，1979年生。|2001年进入某公司，曾任某部副经理，…: the sentence at
    ``opening`` opens with a year and names no one, and the paragraph opens with the
    name (at ``starts``) and its comma, as a profile does: the sentence's clauses of no
    subject tell that person's career."""
    first = min(starts)
    label = text[:first]
    if label and not (label.endswith("：") and "。" not in label and len(label) <= _LABEL):
        return False
    name_comma = text.find("，", first)
    return 0 < name_comma - first <= 4 and _YEAR_OPENING.match(text, opening) is not None


#: How a clause taking up the one person named before is read: a pronoun opening a
#: sentence, a pronoun right after the name's comma, a clause of no subject.
OPENING, AFTER_NAME, NO_SUBJECT = "opening", "after_name", "no_subject"


def _pronouns(text: str) -> list[tuple[re.Match[str], str]]:
    """The pronouns, and the clauses of no subject, that may take up a name: opening a
    sentence, after a comma (the comma must follow the name), or a subjectless clause
    (the name must be its sentence's subject: :func:`_subject_of_sentence`)."""
    opening = [(m, OPENING) for m in _PRONOUN.finditer(text)]
    after = [(m, AFTER_NAME) for m in _PRONOUN_AFTER_NAME.finditer(text)]
    return opening + after + [(m, NO_SUBJECT) for m in _no_subject().finditer(text)]


def _takes_up(text: str, starts: list[int], end: int, match: re.Match[str], kind: str) -> bool:
    """The pronoun or clause ``match`` of ``kind`` takes up the name printed at
    ``starts`` (its last mention ending at ``end``), the one person its paragraph names
    before it."""
    if kind == AFTER_NAME:
        return end == match.start() - 1  # 某某说，他…: the comma follows no name
    if kind == NO_SUBJECT:
        return _subject_of_sentence(text, starts, end, match.start())
    return True


def _said(text: str, name_end: int, clause: int) -> bool:
    """某某说，2015年任…: a verb of saying between the name and the clause
    (``people.yaml`` speech_verbs) makes the clause the person's words, no career."""
    return lexicon.words("people.yaml", "speech_verbs").in_text(text[name_end:clause]) is not None


def with_pronoun_posts(
    paragraphs: Sequence[Paragraph], words_of: Callable[[Paragraph], list[Token]], hits: Hits
) -> Hits:
    """The hits, the one person a paragraph names before a pronoun holding the post the
    pronoun's clause states (see the module docstring)."""
    out = list(hits)
    for p in paragraphs:
        for match, kind in _pronouns(p.text):
            before = [
                i
                for i, (q, h) in enumerate(out)
                if q is p and h.end <= match.start() and not _speakers_label(p.text, h.start, h.end)
            ]
            if len({out[i][1].name for i in before}) != 1:
                continue  # no one, or two people: the pronoun may stand for either
            last = max(before, key=lambda i: out[i][1].end)
            hit = out[last][1]
            starts = [out[i][1].start for i in before]
            if not _takes_up(p.text, starts, hit.end, match, kind):
                continue
            words = words_of(p)
            claims = post_stated_at(p.text, match.end(), words)
            if not claims and not _said(p.text, hit.end, match.start()):
                claims = career_post_at(p.text, match.end(), words)
            more = tuple(c for c in claims if c not in hit.claims)
            if more:
                out[last] = (p, replace(hit, claims=hit.claims + more))
    return out


def _speakers_label(text: str, start: int, end: int) -> bool:
    """阿依努尔·买买提：…中心主任某某曾是律师，后任…: a name opening its paragraph before a
    colon labels the speaker of an interview's answer, who speaks of himself as 我; a
    他 or a clause of no subject in the answer takes up the people the answer names, not
    the label (real_dev16's question-and-answer page)."""
    return start == 0 and text.startswith("：", end)
