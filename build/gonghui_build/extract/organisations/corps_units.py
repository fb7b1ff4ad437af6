"""The regiments (团) of the Xinjiang Production and Construction Corps and their
companies (连), printed as a body of their own: 一〇三团, 三师四十八团, 九团十二连.

A regiment is known by its number; a newspaper of the Corps prints it alone before a
post (一〇二团党委书记), a company (十一团十三连职工), a verb (一〇三团组织职工…) or as a
place of an event (在一〇一团举办). No suffix ends the name, so the grammar of names
(:mod:`.grammar`), which walks back from one, does not see it. Read here only where the
number cannot be a count or an idiom: after a division (``corps_divisions``: 三师四十八团),
written digit by digit (一〇三团, 一三一团: the regiments numbered above 100),
followed by one of its companies (九团十二连), or listed with other regiments (赴八团、
十一团、十三团); never before a word 团 or 连 opens
(``corps_unit_glued``: 一团和气, 三连胜). A name the grammar already found (一〇三团工会,
三师五十团工会) is kept as it is.
"""

from __future__ import annotations

import functools
import itertools
import re

from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.numbers import ORDER_NUMERALS, TEN_NUMERALS
from gonghui_build.vocabulary import OrgType

#: The digits one to nine, and the zeros a number written digit by digit holds.
_ONE_TO_NINE = TEN_NUMERALS[:-1]
_ZEROS = "〇零"
#: A number written in Chinese numerals with 十 (四十八) or in Arabic digits.
_NUMBER = rf"(?:[{TEN_NUMERALS}{_ZEROS}]{{1,4}}|\d{{1,3}})"
#: A regiment's number above 100, written digit by digit (一〇三, 一三一).
_DIGITS = rf"[{_ONE_TO_NINE}][{_ONE_TO_NINE}{_ZEROS}]{{2}}"
#: Characters a longer number would go on with, before the unit.
_NUMERAL_CHARACTERS = ORDER_NUMERALS + "千第0123456789"


@functools.cache
def _corps_unit() -> re.Pattern[str]:
    division = words("corps_divisions").pattern
    company = rf"(?:{_NUMBER}连)"
    return re.compile(
        rf"(?:{division}){_NUMBER}团{company}?"  # 三师四十八团, 一师十团三连
        rf"|{_DIGITS}团{company}?"  # 一〇三团, 一三一团二连
        rf"|{_NUMBER}团{company}"  # 九团十二连
    )


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No longer number runs into the unit from the left (二十一团 is not 一团), and its
    last character opens no word of its own (一团和气, 三连胜: ``corps_unit_glued``)."""
    if start > 0 and text[start - 1] in _NUMERAL_CHARACTERS:
        return False
    return words("corps_unit_glued").starting(text, end - 1) is None


#: A regiment by its number alone, of any form (八团, 十一团): a regiment only in a list of
#: regiments (赴八团、十一团、十三团), where no count or idiom is printed so.
_BARE_REGIMENT = re.compile(rf"{_NUMBER}团")
#: 一团 'a mass of' (乱成一团, 一团火): an idiom's word, never read as a listed regiment.
_ONE_MASS = "一团"
#: What joins the items of a list of regiments.
_LIST_JOINS = "、和及与"


def _listed_regiments(text: str) -> list[re.Match[str]]:
    """The bare regiments printed in a list of two or more (八团、十一团和十三团)."""
    found = [
        m
        for m in _BARE_REGIMENT.finditer(text)
        if _stands_alone(text, m.start(), m.end()) and m.group(0) != _ONE_MASS
    ]
    listed: list[re.Match[str]] = []
    for a, b in itertools.pairwise(found):
        if b.start() == a.end() + 1 and text[a.end()] in _LIST_JOINS:
            listed += [m for m in (a, b) if m not in listed]
    return listed


def corps_units(text: str) -> list[OrgSpan]:
    """The regiments and companies of the Corps ``text`` names (:data:`_corps_unit`),
    and the bare regiments it lists (:func:`_listed_regiments`)."""
    out: list[OrgSpan] = []
    matches = [m for m in _corps_unit().finditer(text) if _stands_alone(text, m.start(), m.end())]
    taken = [(m.start(), m.end()) for m in matches]
    for m in _listed_regiments(text):
        if not overlaps_any(m.start(), m.end(), taken):
            matches.append(m)
    for m in sorted(matches, key=lambda m: m.start()):
        suffix = m.group(0)[-1]
        out.append(OrgSpan(m.start(), m.end(), m.group(0), suffix, OrgType.government))
    return out


def is_corps_unit(written: str) -> bool:
    """Whether ``written`` is one regiment or company of the Corps, whole (a bare
    regiment is one only in a list: :func:`corps_units` found it so)."""
    if written == _ONE_MASS:
        return False
    return (_corps_unit().fullmatch(written) or _BARE_REGIMENT.fullmatch(written)) is not None


def with_corps_units(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """``spans`` with each regiment or company of the Corps no span already holds."""
    held = [(s.start, s.end) for s in spans]
    added = [u for u in corps_units(text) if not overlaps_any(u.start, u.end, held)]
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, s.end))
