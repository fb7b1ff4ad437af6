"""The body each title of a chain is of: as its segment writes it, completed from the
body the chain named before it (镇 + 总工会, 区委 + 组织部), or inherited from it when the
segment prints none (``某区委副书记、区长``); read segment by segment by
``titles.parse_chain``.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    is_department,
    org_type,
    part_start,
    suffix_of,
    words,
)
from gonghui_build.extract.people.chain_bodies import is_union_body
from gonghui_build.extract.people.chain_orgs import is_union_committee
from gonghui_build.extract.people.chain_places import (
    completed_short_form,
    federations_place,
    place_of,
    place_short_form,
    union_department,
)
from gonghui_build.vocabulary import OrgType


def _heads_a_government(match: re.Match[str]) -> bool:
    return match.group("base") in lexicon.words("titles.yaml", "government_heads")


def is_party_body(name: str) -> bool:
    """A Party committee or one of its organs (某区委, 某镇党委, 某街道工委)."""
    return org_type(name) == OrgType.party_body


def enterprise_of_department(body: str) -> str:
    """某公司党委工作部部长、工会副主席: the union a chain names after one of an
    enterprise's own departments (``enterprise_departments``) is the enterprise's
    (某公司工会), not the department's; so is one after a section of a body
    (:func:`_body_of_section`); any other body as it is."""
    department = lexicon.words("org_suffixes.yaml", "enterprise_departments").ending(body)
    if department and department != body:
        return body[: -len(department)]
    return _body_of_section(body) or body


def _body_of_section(body: str) -> str | None:
    """某支队政治处, 某公司办公室: the body whose internal section (``org_suffixes.yaml``
    unionless_section_endings: 处, 科, 室) ends ``body``, the section printed after a
    whole body's name; None for any other name, and for a union's own section (某总工会
    办公室: its union is no other body's)."""
    ending = lexicon.words("org_suffixes.yaml", "unionless_section_endings").ending(body)
    start = part_start(body, ending)
    if start is None or is_union_body(body[:start]):
        return None
    return body[:start]


def enterprise_post(title: str) -> bool:
    """董事长, 副总经理, 监事会主席: a post only an enterprise has (``titles.yaml``
    enterprise_posts, a modifier before it read off)."""
    posts = lexicon.words("titles.yaml", "enterprise_posts")
    modifier = lexicon.words("titles.yaml", "modifiers").starting(title)
    return title in posts or bool(modifier and title[len(modifier) :] in posts)


def _department_body(department: str, inherited: str, committee: str | None) -> str:
    """The body a department printed bare in a chain belongs to: the body before it (区委
    + 组织部), save a Party department (宣传部) after a body of no Party (某县委常委、
    政府副县长、宣传部长): that is the Party committee's the chain named before; and an
    enterprise's own department after its union (``enterprise_departments``)."""
    if committee and is_party_body(department) and not is_party_body(inherited):
        return committee
    union = lexicon.titles().union_body
    if (
        department in lexicon.words("org_suffixes.yaml", "enterprise_departments")
        and len(inherited) > len(union)
        and inherited.endswith(union)
        and not inherited.endswith(tuple(words("federation_suffix")))
    ):
        return inherited[: -len(union)]  # 某集团工会主席、党群工作部部长: the enterprise's
    return inherited


#: Where a chain stands after a segment: the body later bare titles inherit (name,
#: offset) and the last Party committee it named.
ChainState = tuple[tuple[str, int] | None, str | None]


def org_of_segment(
    org_text: str, start: int, match: re.Match[str], state: ChainState
) -> tuple[tuple[str, int] | None, str, ChainState]:
    """The organisation of one segment of a chain (printed at ``start``), the unit
    prefixed to its title (a union's committee), and the chain's state after it."""
    inherited, committee = state
    if is_union_committee(org_text, inherited):
        return inherited, org_text, state  # 某工会副主席、经费审查委员会主任
    if org_text and inherited and (body := place_short_form(org_text, inherited[0])):
        # 某镇党委副书记、镇(总)工会主席: the town's, its level once; 青龙湖镇 + 总工会
        org = (body, start)
        return org, "", (org, committee)
    if org_text in words("federation_suffix") and inherited and (place := place_of(inherited[0])):
        org = (place + org_text, start)  # 某县委 + 总工会: the county's
        return org, "", (org, committee)
    if org_text and inherited:
        place = federations_place(org_text + (match.group("union") or ""), inherited[0])
        if place:
            org = (place + org_text, start)  # 某市总工会副主席、交通建设工会主席
            return org, "", (org, committee)
        if is_department(org_text):
            return (
                (_department_body(org_text, inherited[0], committee) + org_text, start),
                "",
                state,
            )
        if department := union_department(org_text, inherited[0]):
            return (inherited[0] + department, start), "", state  # 某局工会 + (工会)办公室
    if org_text:
        org = (completed_short_form(org_text, inherited[0]) if inherited else org_text, start)
        return org, "", (org, org[0] if is_party_body(org[0]) else committee)
    if _heads_a_government(match) and inherited and is_party_body(inherited[0]):
        return _town_of_committee(match, inherited), "", state
    if inherited and match.group("base") in lexicon.words("titles.yaml", "enterprise_grades"):
        return _enterprise_of_unit(inherited), "", state
    if inherited and (owner := _owner_of_union(inherited[0], match.group("base"))):
        return (owner, inherited[1]), "", state
    return inherited, "", state


def _owner_of_union(union: str, base: str) -> str | None:
    """医院工会主席、副院长某某; 公司工会主席、副总经理某某: a bare head's post after an
    enterprise's or an institution's own union is the body the union is of, which the
    union's own officers are not (``titles.yaml`` enterprise_posts, or the head of the
    unit the body's name ends in: unit_heads, 院长 of a 医院); None after any other body,
    a federation's (某区总工会) above all."""
    suffix = lexicon.titles().union_body
    if not union.endswith(suffix) or union.endswith(tuple(words("federation_suffix"))):
        return None
    owner = union[: -len(suffix)]
    if len(owner) < 2:
        return None
    if base in lexicon.words("titles.yaml", "enterprise_posts"):
        return owner
    unit = headed_unit(base)
    return owner if unit and owner.endswith(unit) else None


def _enterprise_of_unit(body: tuple[str, int]) -> tuple[str, int]:
    """The enterprise a unit a chain named before a grade belongs to (某公司机修班班长、
    高级技师: the grade is the company's, ``titles.yaml`` enterprise_grades); the body
    as it is when it names no unit of an enterprise."""
    name, at = body
    ending = words("unit_endings").ending(name) or words("inner_unit_endings").ending(name)
    if ending is None:
        return body
    ends = [
        k
        for k in range(1, len(name) - len(ending))
        if suffix_of(name, k) and org_type(name[:k]) == OrgType.company
    ]
    return (name[: ends[-1]], at) if ends else body


def _town_of_committee(match: re.Match[str], committee: tuple[str, int]) -> tuple[str, int] | None:
    """The body a government's head after a Party committee in a chain holds his post at:
    某区委副书记、区长 the district's government, which the text does not name (None);
    某镇委书记、镇长 the town itself, as towns are their own administrations
    (``titles.yaml`` town_heads), printed at the committee's opening."""
    if match.group("base") not in lexicon.words("titles.yaml", "town_heads"):
        return None
    town = place_of(committee[0])
    return (town, committee[1]) if town and town.endswith(match.group("base")[0]) else None


#: The title of a department's head, printed after the department's name or sharing
#: its last character (组织部部长, 组织部长).
_DEPARTMENT_HEAD = "部长"


def head_of_committee_department(
    org: tuple[str, int] | None, org_text: str, start: int, stop: int, match: re.Match[str]
) -> tuple[tuple[str, int], str] | None:
    """县委常委、组织部长, 市委宣传部长: a Party committee's department whose name shares
    its 部 with the head's title is printed as one post of the committee (组织部长 @ 县委,
    like 党组书记: tests/fixtures/ANNOTATION.md keeps inner bodies in the title, and
    real_dev10's gold has it so), where 组织部部长 prints the department whole and is
    部长 @ 县委组织部. The committee must be a place's (县委, 市委): a union's 生产部长
    and a company's 党委宣传部长 stay their department's head."""
    title_start = stop - len(match.group(0))
    if org is None or match.group(0) != _DEPARTMENT_HEAD or start + len(org_text) <= title_start:
        return None
    name = org[0]
    department = words("departments").ending(name)
    if department is None or not is_party_body(department):
        return None
    committee = name[: -len(department)]
    if not is_party_body(committee) or place_of(committee) is None:
        return None
    return (committee, org[1]), department[:-1] + _DEPARTMENT_HEAD


def headed_unit(title: str) -> str | None:
    """The ending of the units ``title`` heads (副站长 → 站), or None."""
    modifiers = lexicon.words("titles.yaml", "modifiers")
    for head, unit in lexicon.keyed("titles.yaml", "unit_heads").items():
        rest = title[: -len(head)] if title.endswith(head) else None
        if rest is not None and (not rest or rest in modifiers):
            return unit
    return None
