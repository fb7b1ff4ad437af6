"""Titles around a name beyond its own chain: a note on how a post is held printed
between the title and the name (``副书记（挂职）某某``), and the body a title of no body
takes from the titled names listed right before it (``市总工会主席甲、副主席乙``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    is_committees_department,
    is_department_name,
    named_department_start,
    org_type,
    suffix_types,
)
from gonghui_build.extract.people.chain_inherits import enterprise_of_department, enterprise_post
from gonghui_build.extract.people.described import described_posts
from gonghui_build.extract.people.title_notes import NOTE_CLOSES as _NOTE_CLOSES
from gonghui_build.extract.people.title_notes import NOTE_OPENS as _NOTE_OPENS
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: The longest post read in brackets after a name (区人大常委会副主任兼).
_MAX_BRACKETED = 24


def body_of_list(last: TitleClaim, listed: Sequence[Sequence[TitleClaim]]) -> TitleClaim | None:
    """The claim whose body a title of no body (``last``) right after a list of titled
    names is held at (``listed``: their claims, nearest first): the nearest with the same
    base title (市总工会主席甲、副主席乙); else the nearest name's last body
    (市总工会机关党委书记甲、三级调研员乙), save for a head of a government, held at a
    government the list does not name (某区委书记甲、区长乙; 市人大常委会副主任甲，副市长乙)."""
    base = _base_of(last.title)
    held = [c for claims in listed for c in reversed(claims) if c.org_written]
    same = next((c for c in held if _base_of(c.title) == base), None)
    if same is not None or base in lexicon.words("titles.yaml", "government_heads"):
        return same
    nearest = next((c for c in reversed(listed[0]) if c.org_written), None) if listed else None
    if nearest is not None and enterprise_post(last.title):
        nearest = _enterprise_of_office(nearest)
    union = lexicon.titles().union_body
    if nearest is None or not nearest.title.startswith(union) or not nearest.org_written:
        return nearest
    # 某集团工会主席甲、副总经理乙: the union's title of another base is the body's
    return replace(nearest, org_written=nearest.org_written[: -len(union)] or None)


def _enterprise_of_office(nearest: TitleClaim) -> TitleClaim:
    """某公司办公室主任甲和副总经理乙: a post only an enterprise has (``titles.yaml``
    enterprise_posts) after a name titled at one of the enterprise's departments
    (``org_suffixes.yaml`` departments) is the enterprise's, not the department's."""
    body = nearest.org_written or ""
    department = lexicon.words("org_suffixes.yaml", "departments").ending(body)
    rest = body[: -len(department)] if department else ""
    if not rest or org_type(rest) != OrgType.company:
        return nearest
    return replace(nearest, org_written=rest)


def _base_of(title: str) -> str | None:
    found = lexicon.titles().at_end.search(title)
    return found.group("base") if found else None


def joins_names(text: str, end: int, start: int) -> bool:
    """Whether the text between a titled name ending at ``end`` and the chain opening
    at ``start`` joins two items of one list: 、 or ， or a conjunction of a list
    (甲以及工会副主席乙; ``titles.yaml`` list_conjunctions)."""
    gap = text[end:start]
    return gap in ("、", "，") or gap in lexicon.words("titles.yaml", "list_conjunctions")


def union_of_list(
    claims: Sequence[TitleClaim], before: Sequence[TitleClaim], gap: str = "、"
) -> tuple[TitleClaim, ...] | None:
    """``某集团工会主席甲、工会副主席乙``, ``某公司党委书记甲，党委副书记、工会主席乙``: a
    chain whose bodies are the bare word 工会 or none, right after a name titled at an
    enterprise or its union, is held at that enterprise (工会: at its union), or, joined
    by a conjunction (``gap``, the text between the names: 甲和工会副主席乙) to a name
    titled at a federation, a union officer's post at that federation
    (:func:`_at_federation`); None otherwise
    (after a Party body, or listed with 、 after a federation's officer, a bare 工会 may be
    another union: 市总工会副主席甲、工会主席乙)."""
    union = lexicon.titles().union_body
    if not any(c.org_written == union for c in claims):
        return None
    if not all(c.org_written in (None, union) for c in claims):
        return None
    body = next((c for c in reversed(before) if c.org_written and c.org_written != union), None)
    if body is None or not body.org_written:
        return None
    if org_type(body.org_written) == OrgType.union_federation:
        conjoined = gap in lexicon.words("titles.yaml", "list_conjunctions")
        return _at_federation(claims, body) if conjoined else None
    stem = enterprise_of_department(body.org_written.removesuffix(union))  # 某公司党群部长甲
    company = stem if stem and org_type(stem) == OrgType.company else None
    if company is None:
        return None
    return tuple(
        replace(
            c,
            org_written=company + union if c.org_written else company,
            org_offset=body.org_offset,
        )
        for c in claims
    )


def department_of_enterprise(
    claims: Sequence[TitleClaim], before: Sequence[TitleClaim]
) -> tuple[TitleClaim, ...] | None:
    """``某集团党委副书记甲、党群工作部部长乙``, ``某公司党委书记甲，人力资源部部长乙``: a chain
    whose only bodies are departments printed alone (办公室, 人力资源部), right after a
    name titled at an enterprise or at its own union, is held at that enterprise's
    departments (a title of no body among them at the enterprise itself), as a company's
    news lists its leaders and heads of departments; None when the name before holds no
    post at a company (a federation's departments: ``rules._department_of_sibling``), or
    a body of the chain is no department. A name before titled at one of the company's
    departments lists the company's heads of departments as well."""
    if not any(c.org_written for c in claims):
        return None
    if not all(not c.org_written or is_department_name(c.org_written) for c in claims):
        return None
    if any(c.org_written and _federations_own(c.org_written) for c in claims):
        return None  # 某公司总经理甲，宣传教育部部长乙: a federation's department, as printed
    if any(c.org_written and is_committees_department(c.org_written) for c in claims):
        return None  # 经费审查委员会办公室: its union's committee's, not the company's
    body = next((c.org_written for c in reversed(before) if c.org_written), None)
    start = named_department_start(body) if body else None
    if body and start is not None and org_type(body) != OrgType.company:
        body = body[:start]  # 甲、党群工作部部长乙、工会工作部部长丙: the company's too
    union = lexicon.titles().union_body
    if body and body.endswith(union) and org_type(body) == OrgType.union:
        body = body[: -len(union)]  # 某公司工会主席甲、人力资源部部长乙: the company's
    if not body or org_type(body) != OrgType.company:
        return None
    return tuple(replace(c, org_written=body + (c.org_written or "")) for c in claims)


def _federations_own(department: str) -> bool:
    """宣传教育部, 权益保障部, 女职工部: a department a federation's suffixes name
    (``org_suffixes.yaml``), which a list may print bare after a company's officer though
    it is a visiting federation's, not the company's."""
    return suffix_types().get(department) == OrgType.union_federation


def _at_federation(claims: Sequence[TitleClaim], body: TitleClaim) -> tuple[TitleClaim, ...] | None:
    """``某市总工会常务副主席甲和工会副主席乙一行``: a chain of a union's officers
    (``titles.yaml`` union_officers) printed with the bare word 工会, joined to a name
    titled at a federation, is that federation's: a delegation's heads are named so; any
    other post stays as printed."""
    union = lexicon.titles().union_body
    officers = lexicon.words("titles.yaml", "union_officers")
    if not all(c.title_normalised in officers for c in claims if c.org_written == union):
        return None
    return tuple(
        replace(c, org_written=body.org_written, org_offset=body.org_offset)
        if c.org_written == union
        else c
        for c in claims
    )


def bracketed_posts(
    text: str, name_end: int, claims: tuple[TitleClaim, ...], tokens: list[Token]
) -> tuple[TitleClaim, ...]:
    """The claims of a name followed by posts in brackets: ``主席：甲（区人大常委会副主任
    兼）`` holds the post in brackets too (at its own body; a note of how it is held,
    兼, aside), and ``电工：甲（某公司维修电工）`` the post the brackets describe at the
    body they name (:func:`.described.described_posts`); ``领导成员：甲（主席）、乙（副
    主席）`` holds the post in brackets at the list's body instead of the list's
    collective title (``titles.yaml``:
    collective_titles, title_notes). A word of address between the name and the
    brackets (``甲同志（某公司董事长）``: ``titles.yaml`` address_words) is read past."""
    name_end += len(lexicon.words("titles.yaml", "address_words").starting(text, name_end) or "")
    if name_end >= len(text) or text[name_end] not in _NOTE_OPENS:
        return claims
    close = next(
        (
            k
            for k in range(name_end + 1, min(len(text), name_end + _MAX_BRACKETED + 2))
            if text[k] in _NOTE_CLOSES
        ),
        None,
    )
    if close is None:
        return claims
    end = close
    for note in sorted(lexicon.words("titles.yaml", "title_notes"), key=len, reverse=True):
        if text[name_end + 1 : close].endswith(note):
            end = close - len(note)
            break
    inside = [c for c in parse_chain(text, end, tokens) if c.start > name_end]
    if not inside:  # 甲（某公司维修电工）: the post the brackets describe at their body
        inside = [c for c in described_posts(text, end, tokens) if c.start > name_end]
    if not inside:
        return claims
    collective = lexicon.words("titles.yaml", "collective_titles")
    if claims and all(c.title_normalised in collective for c in claims):
        body = claims[-1]
        return tuple(
            c
            if c.org_written
            else replace(c, org_written=body.org_written, org_offset=body.org_offset)
            for c in inside
        )
    return claims + tuple(c for c in inside if c.org_written)


#: A numbered section heading of a roster naming a committee, with an optional note in
#: brackets (一、工会第二届委员会（9人）, 二、经费审查委员会): the officers listed under it.
_COMMITTEE_SECTION = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*"
    r"(?P<name>[\u4e00-\u9fff]{0,12}委员会)\s*(?:[（(][^（()）]{0,20}[)）])?\s*"
)
#: The heading over an election's roster of a union's new committee (新一届工会委员会组成
#: 人员名单：, 第三届委员会成员名单): the officers under it are the union's, the one the
#: roster's article elects, not the body named last before (a federation's head who
#: spoke at the congress).
_TERM_ROSTER = re.compile(
    r"(?:新一届|第[一二三四五六七八九十\d]{1,3}届)?(?:工会)?委员会(?:组成人员|成员)?名单\s*[：:]?"
)
#: A union's committee of a term (工会第二届委员会, 第三届委员会): the union itself.
_TERM_COMMITTEE = re.compile(r"(?:工会)?(?:第[一二三四五六七八九十\d]{1,3}届)?委员会")


def committee_of_section(heading: str, union: str) -> str | None:
    """The body the officers listed under a roster's section ``heading`` are held at,
    for the union ``union`` whose roster it is: the union itself for its committee of a
    term (一、工会第二届委员会), the union's committee for one of its committees (二、经费
    审查委员会 → <union>经费审查委员会); None when ``heading`` is no such section."""
    if _TERM_ROSTER.fullmatch(heading.strip()):
        return union
    found = _COMMITTEE_SECTION.fullmatch(heading.strip())
    if found is None:
        return None
    name = found.group("name")
    if _TERM_COMMITTEE.fullmatch(name):
        return union
    return union + name if is_department_name(name) else None


#: The heading of a roll of a body's officers over its terms (历届县总工会主要负责人名录,
#: 历届工会领导人名单, 主要领导人变更情况): the rows under it list its heads, one a row;
#: a heading with neither 历届 (历任) nor a word of a list (名录, 变更情况) is none.
_OFFICERS_ROLL = re.compile(
    r"\s*(?=历届|历任|.*(?:名录|名单|一览表?|变更情况)\s*$)(?:历届|历任)?[\u4e00-\u9fff]{0,16}?"
    r"(?:主要)?(?:负责人|领导人|领导成员)(?:名录|名单|一览表?|变更情况)?\s*"
)


def is_officers_roll(heading: str) -> bool:
    """Whether ``heading`` opens a roll of a body's officers over its terms: a post its
    rows print of no body (主席 某某 1980.3—) is held at the body the heading names."""
    return _OFFICERS_ROLL.fullmatch(heading) is not None
