"""Short organisation names read against the article that prints them.

``市总工会`` in this Beijing paper is 北京市总工会; ``区总工会`` is the federation of the
district named nearest before it; ``集团`` alone, ``局工会`` or ``校工会`` refer back to
the nearest full name of that kind. Renamed counties (密云县 → 密云区) are read from
``reference/districts.yaml``, fixed short names (全总) from ``reference/org_aliases.yaml``,
and the union federations of the gazetteer (``reference/organisations.yaml``: 全总女职工部,
a former name such as 全总经济技术部) by their full current name; other bodies keep the
fullest name the article prints (北京排水集团, 北京市委), as the annotation guidelines ask.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ResolvedOrg
from gonghui_build.extract.organisations.article_context import ArticleContext, context_kinds
from gonghui_build.extract.organisations.branches_alone import branch_of_enterprise_before
from gonghui_build.extract.organisations.brand_forms import company_of_short_brand
from gonghui_build.extract.organisations.corps_units import is_corps_unit
from gonghui_build.extract.organisations.courts import full_court_name
from gonghui_build.extract.organisations.division_cities import division_city_form
from gonghui_build.extract.organisations.head_words import head_word_read_back
from gonghui_build.extract.organisations.measure_short_forms import sole_body_before
from gonghui_build.extract.organisations.names import (
    FILE,
    area_bodies,
    current_name,
    district_of,
    full_form,
    is_platform,
    named_department_start,
    names_no_body,
    opening_word,
    owner_and_department,
    part_start,
    suffix_of,
    suffix_types,
    type_by_owner,
    unit_start,
    words,
)
from gonghui_build.extract.organisations.park_short_forms import park_of_short_form
from gonghui_build.extract.organisations.place_short_forms import (
    as_printed,
    enterprise_county_as_printed,
    parallel_body,
    place_of_short_form,
    without_province,
)
from gonghui_build.extract.organisations.seats import with_named_county
from gonghui_build.extract.organisations.shortforms import (
    federation_short_form,
    federation_short_opening,
)
from gonghui_build.extract.organisations.tail_names import earlier_name_ending_with
from gonghui_build.extract.organisations.union_committees import union_of_committee
from gonghui_build.extract.organisations.units import inner_unit_start, is_village
from gonghui_build.text import gazetteer
from gonghui_build.vocabulary import OrgType, ResolvedBy


@functools.cache
def fixed_aliases() -> dict[str, tuple[str | None, OrgType | None]]:
    """``reference/org_aliases.yaml``: alias → (full name, type); None for non-names."""
    return {a.alias: (a.name, a.type) for a in lexicon.load("org_aliases.yaml").aliases}


def _fixed_alias(written: str) -> ResolvedOrg | None:
    name, kind = fixed_aliases()[written]
    if not (name and kind):
        return None
    return ResolvedOrg(name, ResolvedBy.alias, district_of(name), kind)


def _completed(written: str, offset: int, context: ArticleContext) -> ResolvedOrg | None:
    """``written`` resolved when the article completes it (镇总工会 → 某县某镇总工会),
    else None: a committee printed after a union's short form is that union, named in
    full as the article names it; one printed after a union's full name (某公司工会委员会)
    already names its body whole, and is kept as printed, the committee's own name."""
    found = resolve(written, offset, context)
    return found if found is not None and found.resolved_by != ResolvedBy.exact else None


def _referred_back(written: str, body: str, offset: int, context: ArticleContext):
    """局工会, 校工会, 集团, 街道总工会: the nearest full name of that kind before;
    ``""`` when the name needs one and the article names none, None when it is no short
    form. A kind's word with the word for the workers served (街道|职工|服务中心) refers
    back as the kind does: a street's service centre is the named street's, none else."""
    service = words("federation_service_words").ending(body)
    if service is not None and context_kinds(body[: -len(service)]):
        body = body[: -len(service)]
    if not (context_kinds(body) or context_kinds(written) or body == ""):
        return None
    key = body if context_kinds(body) else written
    if not context_kinds(key):
        return ""
    parent = (
        sole_body_before(context, offset, context_kinds(key))  # 段工会: one section named
        if key in words("measure_short_forms")
        else context.org_before(offset, context_kinds(key))
    )
    fallbacks = lexicon.table(FILE, "short_form_fallbacks")
    if parent is None and key in fallbacks:  # 校工会 after a college (某师范学院) only
        parent = _owner_of_kind(context.org_before(offset, fallbacks[key].words), key)
    if parent is None:
        return None if key in words("kept_unreferred") else ""
    name = parent + (written[len(key) :] if context_kinds(body) else "")
    # the name referred to may itself be printed short (市园林绿化局 → 北京市…)
    full = resolve(name, offset, context) if name != written else None
    return full.name if full is not None else name


def _owner_of_kind(name: str | None, kind: str) -> str | None:
    """``name`` cut after the body of ``kind`` that opens it: a university's faculty
    (某大学经济学院) read back for the university's 校 is the university's."""
    if name is None:
        return None
    found = [(name.rfind(k), k) for k in context_kinds(kind) if name.rfind(k) > 0]
    if not found:
        return name
    at, owner = max(found)
    return name[: at + len(owner)]


def _department_of_short_form(written: str, offset: int, context: ArticleContext) -> str | None:
    """公司工会女职工委员会: a department of a body printed short, the body read back
    (某某有限公司工会) and the department kept; a body read back under the current name
    of its place (地区总工会组织部 after 某某地区总工会, the prefecture since become a city)
    likewise; and a union printed by a short form the gazetteer holds (全国总工会女职工
    委员会: 中华全国总工会's)."""
    parts = owner_and_department(written)
    if parts is None:
        return None
    owner, department = parts
    parent = resolve(owner, offset, context)
    if parent is None or parent.resolved_by not in (
        ResolvedBy.context,
        ResolvedBy.former_name,
        ResolvedBy.alias,
    ):
        return None
    if parent.resolved_by == ResolvedBy.alias and not _known_short_form(owner):
        return None  # 市委|组织部 of a city's paper: the whole is the city's short form
    return parent.name + department


def _known_short_form(written: str) -> bool:
    """A body's short form the fixed aliases or the gazetteer hold (全国总工会, 全总), not
    one a city's paper reads as its city's (市委: ``city_prefixes``)."""
    return written in lexicon.words("org_aliases.yaml", "aliases") or (
        gazetteer.lookup(written) is not None
    )


def _unit_of_short_form(
    written: str, suffix: str, offset: int, context: ArticleContext
) -> str | None:
    """公司质检中心, 公司重型装备厂, 集团营销中心: a unit named with its own suffix (质检中心)
    after the word for its enterprise's kind alone (``unit_openers``): the unit of the
    enterprise the article named before (the nearest 公司), read back as 公司工会 is that
    company's union, and the unit kept; None when the article named no such enterprise,
    or the rest is the suffix alone (公司党委) or opens with a word for no particular
    body (公司所属…, 集团下属…)."""
    opener = words("unit_openers").starting(written)
    if opener is None:
        return None
    unit = written[len(opener) :]
    if len(unit) <= len(suffix) or words("generic_bodies").starting(unit):
        return None
    forms = lexicon.table("titles.yaml", "enterprise_short_forms")
    kind = next((k for k, f in forms.items() if opener in f), opener)  # 集团公司 → 集团
    parent = context.org_before(offset, context_kinds(kind))
    return parent + unit if parent is not None else None


def _company_by_short_brand(written: str, offset: int, context: ArticleContext) -> str | None:
    """中信重工|党委副书记 after 洛阳中信重工机械股份有限公司: a company the article named
    in full before, printed again by its brand alone
    (:func:`.brand_forms.company_of_short_brand`)."""
    earlier = (name for pos, name in context.orgs if pos <= offset)
    return company_of_short_brand(written, earlier)


def _referred_by_anaphor(short: str, offset: int, context: ArticleContext) -> ResolvedOrg | None:
    """该厂工会, 该公司: the body named before, when what follows the anaphor is a short
    form that refers back (厂工会 → the nearest 厂); None otherwise (该区, 该单位)."""
    suffix = suffix_of(short)
    body = short[: -len(suffix)] if suffix else short
    if suffix is None or not (context_kinds(body) or context_kinds(short)):
        return None
    found = resolve(short, offset, context)
    return found if found is not None and found.resolved_by == ResolvedBy.context else None


def resolve(written: str, offset: int, context: ArticleContext) -> ResolvedOrg | None:
    """The full, current name of an organisation written ``written`` at ``offset`` of
    the article, or None when the article does not say which one it is."""
    federation = federation_short_form(written) or federation_short_opening(written)
    if federation is not None:  # 市总, 某某市总, 市总办公室: the place's 总工会 (and unit)
        return resolve(federation, offset, context)
    if written in lexicon.words("org_aliases.yaml", "aliases"):
        return _fixed_alias(written)
    if (union := union_of_committee(written)) and (full := _completed(union, offset, context)):
        return full  # 镇总工会委员会: the union itself, its name completed from the article
    division_city = division_city_form(written, (name for _, name in context.orgs))
    if division_city is not None:  # 师市总工会: the division and city the article names
        full = resolve(division_city, offset, context)
        return replace(full, resolved_by=ResolvedBy.context) if full is not None else None
    body = gazetteer.lookup(written)
    if body is not None and body.name != written and body.type == OrgType.union_federation:
        how = ResolvedBy.former_name if written in body.former else ResolvedBy.alias
        return ResolvedOrg(body.name, how, district_of(body.name), OrgType(body.type))
    anaphor = opening_word(written, "anaphors")
    if anaphor is not None:
        return _referred_by_anaphor(written[len(anaphor) :], offset, context)
    suffix = suffix_of(written)
    if suffix is None:
        return _resolve_unsuffixed(written, body, offset, context)
    kind = type_by_owner(written, suffix_types()[suffix])
    department = _department_of_short_form(written, offset, context)
    if department is not None:
        department = context.with_printed_city(department)
        return ResolvedOrg(department, ResolvedBy.context, district_of(department), kind)
    if names_no_body(written):
        return None
    if park := park_of_short_form(written, offset, context):  # 园区管委会 of 某某产业园
        return ResolvedOrg(park, ResolvedBy.context, district_of(park), kind)
    unit = _unit_of_short_form(written, suffix, offset, context)
    if unit is not None:
        return ResolvedOrg(unit, ResolvedBy.context, district_of(unit), kind)
    branch = branch_of_enterprise_before(written, offset, context)
    if branch is not None:  # 铸锻分厂 after 某重型机械有限公司: that company's branch works
        return ResolvedOrg(branch, ResolvedBy.context, district_of(branch), kind)
    if suffix in words("union_suffix") and (
        owner := _company_by_short_brand(written[: -len(suffix)], offset, context)
    ):  # 中信重工工会 after 洛阳中信重工机械股份有限公司: that company's union
        return ResolvedOrg(owner + suffix, ResolvedBy.context, district_of(owner), kind)
    if written in words("parallel_bodies"):
        return _with_printed_city(parallel_body(written, kind, offset, context), context)
    if whole := earlier_name_ending_with(written, suffix, offset, context):
        return resolve(whole, offset, context)  # 东南公司工会 after 中交某公局东南公司工会
    return _resolve_by_place(written, suffix, kind, offset, context)


def _resolve_by_place(
    written: str, suffix: str, kind: OrgType, offset: int, context: ArticleContext
) -> ResolvedOrg | None:
    """A short form no earlier name of the article settles: its place read from the
    article (or the name as written), then the district, county and city the article
    prints put before it, and its current name; None when it refers back to nothing."""
    name, how = place_of_short_form(written, suffix, offset, context)
    if how == ResolvedBy.exact and written[: -len(suffix)] in area_bodies():
        name, how = as_printed(written, offset, context)  # 园区总工会 after 某工业园区总工会
    if how == ResolvedBy.exact:
        referred = _referred_back(written, written[: -len(suffix)], offset, context)
        if referred == "":
            return None
        if referred is not None:
            name, how = referred, ResolvedBy.context
    if how == ResolvedBy.exact and (back := head_word_read_back(written, suffix, offset, context)):
        name, how = back, ResolvedBy.context  # 新区总工会 after 某某新区人大工委
    if how == ResolvedBy.context and kind == OrgType.company:
        name = enterprise_county_as_printed(name, context)  # 县印刷厂 of 通县: 通县印刷厂
    name, renamed = current_name(full_court_name(full_form(name)), kind)
    if renamed:
        how = ResolvedBy.former_name
    # a street's or town's body without its district: the district the article names
    if not district_of(name) and any(p in name[: -len(suffix)] for p in words("place_suffixes")):
        district = context.district_before(offset)
        if district:
            name = district + name
            how = ResolvedBy.context if how == ResolvedBy.exact else how
    seated = with_named_county(name, suffix, context.named_divisions())
    if seated != name:
        name, how = seated, ResolvedBy.context if how == ResolvedBy.exact else how
    placed = context.with_printed_city(without_province(name))
    if placed != name:
        name, how = placed, ResolvedBy.context if how == ResolvedBy.exact else how
    return ResolvedOrg(name=name, resolved_by=how, district=district_of(name), type=kind)


def _with_printed_city(resolved: ResolvedOrg, context: ArticleContext) -> ResolvedOrg:
    """A short form read as its district's body (区委 → 淮阳区委) with the city the
    article prints before that district (周口市淮阳区委)."""
    placed = context.with_printed_city(resolved.name)
    if placed == resolved.name:
        return resolved
    return replace(resolved, name=placed, district=district_of(placed))


def _resolve_unsuffixed(
    written: str, body: gazetteer.Body | None, offset: int, context: ArticleContext
) -> ResolvedOrg | None:
    """:func:`resolve` of a name no organisation suffix ends: a national body or a
    platform of the gazetteer, a kind of body read back (院, the nearest 学院 before),
    a company named before by its brand alone, a department named in the article, a
    village as printed."""
    if _public_body(body, written):
        # a national body of the gazetteer by a name no suffix ends (人社部, 交通运输部):
        # kept as printed, as other bodies are
        return ResolvedOrg(written, ResolvedBy.exact, district_of(written), OrgType(body.type))
    if body is not None and is_platform(body):
        how = ResolvedBy.exact if written == body.name else ResolvedBy.alias
        return ResolvedOrg(body.name, how, None, OrgType(body.type))
    if context_kinds(written):  # 院|党委副书记: the nearest 学院, 医院 before
        referred = _referred_back(written, "", offset, context)
        full = resolve(referred, offset, context) if referred else None
        return replace(full, resolved_by=ResolvedBy.context) if full else None
    if company := _company_by_short_brand(written, offset, context):
        return ResolvedOrg(company, ResolvedBy.context, district_of(company), OrgType.company)
    found = _named_department(written, offset, context)
    if found is None and (is_village(written) or is_corps_unit(written)):
        # 河湾村党委书记, 一〇二团党委书记: the village or the Corps' regiment as printed
        return ResolvedOrg(written, ResolvedBy.exact, district_of(written), OrgType.government)
    return found


def _public_body(body: gazetteer.Body | None, written: str) -> bool:
    """A Party or state body, a people's organisation or an enterprise group (中国石化,
    北京地铁: a short name of three characters or more, the registered name ending in a
    suffix) of the gazetteer that belongs to no other entry (not a paper named in a
    credit line, not a platform's brand: :func:`is_platform`, read only as an
    employer). A group's short name of two characters opens compounds (首钢园区)."""
    if body is None or body.parent is not None:
        return False
    kinds = (OrgType.government, OrgType.party_body, OrgType.other)
    group = OrgType(body.type) == OrgType.company and not is_platform(body)
    return (group and len(written) > 2) or OrgType(body.type) in kinds


def _office_start(written: str) -> int | None:
    """Where an office a title chain names after its body opens (某市总工会|政研室主任:
    the chain reads the office by ``titles.yaml`` department_endings; the org grammar
    reads no 室 as a unit, so that 机关设4个科室 names none)."""
    office = lexicon.words("titles.yaml", "department_endings").ending(written)
    return part_start(written, office) if office else None


def _named_department(written: str, offset: int, context: ArticleContext) -> ResolvedOrg | None:
    """某市总工会社会保障部: a department its body names for itself, of the body the
    article's text resolves its name to (区总工会财务部 → 某区总工会财务部), or a unit
    of the body (区总工会法律援助站 → 某区总工会法律援助站)."""
    start = named_department_start(written)
    start = unit_start(written) if start is None else start
    start = inner_unit_start(written) if start is None else start
    start = _office_start(written) if start is None else start
    body = resolve(written[:start], offset, context) if start is not None else None
    if body is None:
        return None
    return replace(body, name=body.name + written[start:])
