"""The person an appointment's clause of time is about, printed after the clause:
``自2019年担任某公司工会主席以来，某某带领职工…``.

Profiles of union chairs and model workers open a sentence with the time since the
person took a post (a clause with no subject of its own, closed by ``以来``, ``期间``,
``后``: ``people.yaml`` election_time_words) and name the person as the subject of the
clause after it. The post is that person's, as in ``某某担任…主席以来，…``; it is read
only when nothing but a time (``自``, a date) stands before the verb in its clause and
the name opens the very next clause. A clause of the role the person acts in
(``作为某公司工会主席，某某…``, ``身为…``: ``people.yaml`` role_verbs) names the person so
too, with no word of time.

A career told by years names the person once, opening the sentence, and each later
clause opens with the year of a step (``某某1990年进厂，2008年任班长，2015年任车间主任。``):
the post a clause of a year appoints to is that person's (:func:`career_subject`), a
post of no body too (2008年任班长: held where the text does not say), as a past post
printed before a name is (tests/fixtures/ANNOTATION.md: a past post is a position; its
organisation null when the text names none); a union's office of no body is not
(:func:`posts_of_no_union`).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.elected_lists import CLAUSE
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.tokenizer import Token


def _clause_opening(text: str, pos: int) -> int:
    """Where the clause holding ``text[pos]`` opens: after the last clause mark before it."""
    return max(text.rfind(mark, 0, pos) for mark in CLAUSE) + 1


def _date_of(year_digits: str) -> str:
    """A year of ``year_digits`` figures or numerals, then perhaps its month and day
    (2019年, 2019年3月, 2019年3月5日): the date both times below are made of."""
    year = rf"(?:[0-9０-９]{{{year_digits}}}|[〇零一二三四五六七八九]{{{year_digits}}})年"
    return rf"{year}(?:[0-9０-９一二三四五六七八九十]{{1,2}}月(?:[0-9０-９]{{1,2}}日)?)?"


#: A clause's opening that says only when: 自, 从 or 自从, then a date (2019年, 2019年3月,
#: 去年) or nothing, and the 起 that may close the date (自2019年起任…), as the clause
#: of an appointment's time opens.
_TIME_ONLY = re.compile(rf"(?:自从|自|从)?(?:(?:{_date_of('2,4')}|去年|前年)起?)?")
#: A time printed between a name and its appointment's verb (甲|于2015年|当选为…, 乙|
#: 2019年3月|任…, 丙|从2018年起|担任…): a date, or a year named by a word, with the
#: preposition and the 起 that frame it; or 自从 alone (丁|自从|担任…以来).
_TIME_BEFORE_VERB = re.compile(
    rf"(?:于|自从|自|从|在)?(?:{_date_of('4')}|去年|前年|当年)(?:起)?|自从"
)
#: The longest such time, in characters (从二〇一九年十二月三十一日起 is longer, and rare).
_LONGEST_TIME = 14
#: The mark that parts the clause of time from the clause its subject opens.
_COMMA = "，"


def _words(section: str) -> lexicon.Words:
    return lexicon.words("people.yaml", section)


def opens_with_time_only(text: str, verb_start: int) -> bool:
    """Whether the clause ``text[verb_start:]`` is in holds nothing before its verb but
    a time (``自2019年|担任``, ``担任`` opening the clause), so it has no subject."""
    start = _clause_opening(text, verb_start)
    return _TIME_ONLY.fullmatch(text, start, verb_start) is not None


def subject_after_clause(
    text: str, chain_end: int, tokens: list[Token], timed: bool = True
) -> tuple[str, int] | None:
    """The name, and where it starts, opening the clause after an appointment's chain
    that ends at ``chain_end`` and a word of time (…主席|以来|，|某某; with ``timed``
    off, a role's chain and the comma alone: 作为…主席|，|某某): None when no word of
    time (where one is needed), no comma or no name follows."""
    time = _words("election_time_words").starting(text, chain_end) if timed else ""
    if time is None:
        return None
    at = chain_end + len(time)
    if not text.startswith(_COMMA, at):
        return None
    name = name_after(text, at + 1, tokens)
    return (name, at + 1) if name else None


def past_time_before(text: str, end: int) -> int:
    """Where a time printed right before ``end`` (an appointment's verb) starts, the
    longest one (甲|于2015年|当选为…): profiles date each post a person took so, the
    name first; ``end`` itself when no time ends there."""
    for k in range(max(0, end - _LONGEST_TIME), end):
        if _TIME_BEFORE_VERB.fullmatch(text, k, end):
            return k
    return end


#: The prepositions that open the post a person moves from, printed between the name and
#: a verb of moving to a post (甲|由副厂长|升任…, 乙|从一名焊工|调任…).
_FROM_MARKS = "由从"
#: The longest post moved from, in characters, its preposition included.
_LONGEST_FROM = 30


def moved_from_before(text: str, start: int, end: int) -> int:
    """Where the post a person moves from starts, printed right before the verb of moving
    at ``text[start:end]`` (甲|由某厂副厂长|升任厂长; 乙|从一名普通工人|升任车间主任:
    ``people.yaml`` transfer_verbs): profiles tell a promotion so, the name first, and
    the name held no post. The first 由 or 从 of the verb's clause, no further back than
    the longest such post; ``start`` itself for any other verb, or with no 由 or 从."""
    if text[start:end] not in _words("transfer_verbs"):
        return start
    clause = _clause_opening(text, start)
    for k in range(max(clause, start - _LONGEST_FROM), start):
        if text[k] in _FROM_MARKS:
            return k
    return start


#: A clause's opening that says which year a step of a career was taken (1990年, 二〇
#: 一五年, 2015年3月): the clauses of a career told by years open so.
_YEAR_OPENING = re.compile(rf"(?:于|在)?{_date_of('4')}")
#: The marks that end a sentence: a career's name opens one.
_SENTENCE_ENDS = "。！？；\n"
#: The most clauses of years walked back over to the name (a long career's steps).
_MOST_STEPS = 6


def career_subject(text: str, verb_start: int, tokens: list[Token]) -> tuple[str, int] | None:
    """The name opening the sentence of a career told by years (某某1990年进厂，|2015年|任…;
    某某，1990年进厂，…) when the appointment's clause at ``verb_start`` and every clause
    between it and the name's open with a year, parted by commas alone: the person whose
    steps they are. None when another clause, a sentence's end or no name stands there,
    or when the name's clause goes on with anything but a year (某某说，2015年任…的)."""
    start = _clause_opening(text, verb_start)
    for _ in range(_MOST_STEPS):
        if not _YEAR_OPENING.match(text, start) or start < 2 or text[start - 1] != _COMMA:
            return None
        start = _clause_opening(text, start - 1)
        if start == 0 or text[start - 1] in _SENTENCE_ENDS:
            name = name_after(text, start, tokens)
            return (name, start) if name and _opens_career(text, start + len(name)) else None
    return None


def _opens_career(text: str, name_end: int) -> bool:
    """The name's clause is the name alone (某某，1990年…) or opens its first step with a
    year (某某1990年进厂)."""
    return text.startswith(_COMMA, name_end) or _YEAR_OPENING.match(text, name_end) is not None


def posts_of_no_union(claims: list[TitleClaim]) -> tuple[TitleClaim, ...]:
    """A chain of posts no body is printed with, as printed (班长, 车间主任), when none of
    them is a union's office (``titles.yaml`` union_officers: 主席, 副主席…): whose
    chair an election of no body names is unknown, a team leader's post is a post."""
    officers = lexicon.words("titles.yaml", "union_officers")
    for c in claims:
        if c.org_written or officers.ending(c.title_normalised) == c.title_normalised:
            return ()
    return tuple(claims)
