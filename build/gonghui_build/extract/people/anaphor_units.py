"""A unit of an enterprise the article named before, printed after a word referring back
to it and before a title: ``该厂|细纱车间|主任``, ``该公司|机加车间|主任``,
``该厂|办公室|主任``.

The grammar reads no body in ``该厂`` followed by a unit (the anaphor and the kind's word
name no organisation of their own), and the readers of a body and its unit
(:func:`.chain_orgs.body_and_unit`) need a particular body's name before the unit; the
title was left with no organisation (车间主任 with none) though a reader takes the works
named before, as ``该厂厂长`` and ``该公司工会主席`` are read. The body is the anaphor and
the enterprise's kind (``org_suffixes.yaml`` anaphors and unit_openers), which the
article's reading completes to the nearest full name of that kind; the unit is kept as
:func:`.chain_orgs.body_and_unit` keeps it (a workshop's head in the post, a department or
a unit as the organisation).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.chain_orgs import names_a_unit, post_named_with_unit
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: The shortest and longest unit (车间, 细纱车间, 第三项目部) read between the anaphor's
#: body and the title.
_UNIT_SIZES = range(2, 7)


def anaphor_body_and_unit(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> tuple[OrgSpan, str] | None:
    """``该厂细纱车间|主任``: the body referred back to (该厂) and the unit printed after
    it, when the segment opens with the anaphor (or it follows a preposition, 由|该厂…)
    and the unit ends like a unit or a department; None otherwise."""
    for size in _UNIT_SIZES:
        end = title_start - size
        if end <= seg_start:
            break
        unit = text[end:title_start]
        if not all(is_cjk(c) for c in unit) or not names_a_unit(unit):
            continue
        found = _anaphor_body_ending_at(text, seg_start, end, tokens)
        if found is None:
            continue
        body, kind_start = found
        if post_named_with_unit(unit, match.group("base")):
            return body, unit
        # the unit with its kind's word (厂细纱车间, 公司办公室): read back as 公司质检中心 is
        return OrgSpan(kind_start, title_start, text[kind_start:title_start], unit, body.type), ""
    return None


def _anaphor_body_ending_at(
    text: str, seg_start: int, end: int, tokens: list[Token]
) -> tuple[OrgSpan, int] | None:
    """``该厂``, ``本公司``, ``公司`` ending at ``end``, opening the segment or right after
    a preposition: the anaphor (if printed) and the word for an enterprise's kind, and
    where the kind's word starts."""
    kind = lexicon.words("org_suffixes.yaml", "unit_openers").ending(text[seg_start:end])
    if kind is None:
        return None
    at = end - len(kind)
    anaphor = lexicon.words("org_suffixes.yaml", "anaphors").ending(text[seg_start:at]) or ""
    start = at - len(anaphor)
    after_preposition = any(t.end == start and t.tag == "p" for t in tokens)
    if start != seg_start and not after_preposition:
        return None
    return OrgSpan(start, end, text[start:end], kind, OrgType.company), at
