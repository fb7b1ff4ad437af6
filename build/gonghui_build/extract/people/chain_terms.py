"""A body's term in a title chain: ``某县总工会第十届委员会主席`` (the committee of a term
is its body's), ``公司第二届工会委员`` (an enterprise referred back to by its bare suffix,
and its union's term). Kept apart from :mod:`.chain_orgs`, which reads the rest of a
segment's body."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import is_bare_suffix, is_department
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.text.numbers import ORDER_NUMERALS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: A body's term before its committee: 某县总工会|第十届|委员会主席; a national or an
#: industry union's committee is its executive one (中华全国总工会|第十八届执行|委员会
#: 副主席: 《中国工会章程》, 全国总工会执行委员会).
_TERM_BEFORE = re.compile(rf"第?[{ORDER_NUMERALS}\d]+届(?:执行)?$")
#: A term printed as its ordinal where a chain's item opens or right before its title
#: (副馆长、第二届|工会委员会主席; 某厂第三届|工会主席): when the post is held, as the words
#: of ``titles.yaml`` tenure_marks say it (新一届, 上届), no part of the body's name.
_TERM_ORDINAL = re.compile(rf"第[{ORDER_NUMERALS}\d]{{1,3}}届")
_TERM_ORDINAL_AT_END = re.compile(_TERM_ORDINAL.pattern + r"\Z")


def term_ordinal_at(text: str, at: int, stop: int) -> int:
    """The length of a term's ordinal (第二届) opening at ``at`` before ``stop``, 0 if none."""
    found = _TERM_ORDINAL.match(text, at, stop)
    return len(found.group()) if found else 0


def term_ordinal_ending(text: str, start: int, end: int) -> int:
    """The length of a term's ordinal ending at ``end`` after ``start``, 0 if none."""
    found = _TERM_ORDINAL_AT_END.search(text, start, end)
    return len(found.group()) if found else 0


def body_of_term(text: str, committee: OrgSpan, tokens: list[Token]) -> OrgSpan | None:
    """``某县总工会第十届委员会主席``: the committee of a term is its body's (the chair of
    the federation); a department of the term (第十届经费审查委员会) stays the body's
    department."""
    term = _TERM_BEFORE.search(text, max(0, committee.start - 6), committee.start)
    if term is None:
        return None
    body = org_ending_at(text, term.start(), tokens)
    union = _union_of(committee.written)
    if body is not None and union is not None and _union_body_of(body, union, tokens):
        written = body.written + union  # 公司|第二届|工会委员会主席: the 公司工会's chair
        return OrgSpan(body.start, committee.end, written, union, OrgType.union)
    if body is None or not _names_its_body(body, tokens):
        return None
    written = body.written + (committee.written if is_department(committee.written) else "")
    return OrgSpan(body.start, committee.end, written, body.suffix, body.type)


def _names_its_body(body: OrgSpan, tokens: list[Token]) -> bool:
    """Whether the body before a term is one the committee belongs to: a particular
    body, or a federation of unions, which has one committee a term (全国总工会第十七届
    执行委员会, 县总工会第十届委员会: 《中国工会章程》 (2023), arts. 10–11, a federation's
    committee is elected by its congress) though its name holds no particular place."""
    if body.type == OrgType.union_federation:
        return True
    return bool(body.body) and is_particular(body, tokens)


def _union_of(committee: str) -> str | None:
    """The union a committee of a term names: 工会, or its standing body 工会委员会 (the
    union itself: ``titles.yaml`` union_standing_bodies); None for any other body."""
    standing = lexicon.words("titles.yaml", "union_standing_bodies")
    union = lexicon.titles().union_body
    return union if committee == union or committee in standing else None


def _union_body_of(body: OrgSpan, union: str, tokens: list[Token]) -> bool:
    """Whether the body before a union's term is the union's (某厂|第三届|工会委员会主席 is
    the 某厂工会's chair): the enterprise a bare suffix refers back to, or a particular
    body that is no union itself."""
    if _is_back_reference(body):
        return True
    return not body.written.endswith(union) and _names_its_body(body, tokens)


def _is_back_reference(body: OrgSpan) -> bool:
    """An enterprise's bare suffix (公司, 集团) before a union's term (公司|第二届|工会委员):
    the article's enterprise, named before; its union is the enterprise's (公司工会, read
    as the article's 公司工会 is), not a bare 工会 any union of the page may take."""
    return not body.body and is_bare_suffix(body.written) and body.type == OrgType.company


def back_reference_of_term(text: str, title_start: int, tokens: list[Token]) -> OrgSpan | None:
    """``公司第二届|工会委员``: the enterprise a bare suffix before a term refers back to,
    for a title opening with 工会 (the chain adds the 工会 back)."""
    term = _TERM_BEFORE.search(text, max(0, title_start - 6), title_start)
    body = org_ending_at(text, term.start(), tokens) if term is not None else None
    if body is None or not _is_back_reference(body):
        return None
    return OrgSpan(body.start, title_start, body.written, body.suffix, body.type)
