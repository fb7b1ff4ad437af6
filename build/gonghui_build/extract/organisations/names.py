"""What an organisation's name says by itself: its suffix and type, its district, its
current name and its parent (whether it abbreviates another name: :mod:`.abbreviations`).

Every stage asks these name rules here: the grammar that finds names, the reading of short
forms in an article, the identity of organisations (:mod:`gonghui_build.resolve.organisations`).
"""

from __future__ import annotations

import functools

from gonghui_build import reference as lexicon
from gonghui_build.reference import Words
from gonghui_build.text import places
from gonghui_build.text.chars import is_cjk
from gonghui_build.vocabulary import UNION_TYPES, OrgType

FILE = "org_suffixes.yaml"


def words(section: str) -> Words:
    """A word list of ``reference/org_suffixes.yaml``."""
    return lexicon.words(FILE, section)


def area_bodies() -> Words:
    """The words for a kind of area (地区, 园区): kinds of body alone, as ``generic_bodies``
    has them, and the short form of an area's body the article printed in full (园区总工会
    after 某某工业园区总工会). One list, ``generic_bodies``' areas, read by both."""
    return lexicon.table(FILE, "generic_bodies")["areas"]


def suffix_types() -> dict[str, OrgType]:
    """Every organisation suffix and the type it gives (总工会 → union_federation)."""
    return lexicon.keyed(FILE, "suffixes")


@functools.cache
def _longest_suffix() -> int:
    return max(len(s) for s in suffix_types())


def owner_and_department(name: str) -> tuple[str, str] | None:
    """某县总工会|女职工委员会: the body a department (``departments``) ends the name of,
    and the department; None when no department ends it, or it is the whole name."""
    department = words("departments").ending(name)
    if department is None or department == name:
        return None
    return name[: -len(department)], department


def suffix_of(text: str, end: int | None = None) -> str | None:
    """The longest organisation suffix ending at ``end`` (the end of ``text``)."""
    end = len(text) if end is None else end
    for size in range(min(_longest_suffix(), end), 0, -1):
        candidate = text[end - size : end]
        if candidate in suffix_types():
            return words("suffixes").found(candidate)
    return None


def suffix_starting(text: str, start: int) -> str | None:
    """The longest organisation suffix that starts at ``start``, as printed."""
    for size in range(_longest_suffix(), 0, -1):
        if text[start : start + size] in suffix_types():
            return text[start : start + size]
    return None


def type_by_owner(name: str, kind: OrgType) -> OrgType:
    """The type a body's department (``departments``) takes: a union's committee or
    office (某市总工会女职工委员会, 某公司工会经费审查委员会, 区总工会办公室) is of its
    union's type, as the annotation's gold has it, not a government's 委员会 or 办公室;
    any other body's department keeps ``kind`` (its suffix's type)."""
    department = words("departments").ending(name)
    if department is None or len(department) == len(name):
        return kind
    owner = suffix_of(name[: -len(department)])
    owner_kind = suffix_types()[owner] if owner else None
    return owner_kind if owner_kind in UNION_TYPES else kind


def org_type(name: str) -> OrgType:
    suffix = suffix_of(name)
    if suffix in words("group_bureau_suffixes") and words("bureau_groups").starting(name):
        return OrgType.company  # 中铁九局, 中建三局: a central group's bureau is a company
    return suffix_types()[suffix] if suffix else OrgType.other


#: A department a body names for itself (no suffix lists each): 3 to 10 characters
#: ending in 部 after the body's name (某市总工会|财务部, 某省总工会|宣传教育和网络工作部).
DEPARTMENT_END, DEPARTMENT_SIZES = "部", range(3, 11)


def is_platform(body) -> bool:
    """A company of the gazetteer (a :class:`~gonghui_build.text.gazetteer.Body`) named
    by its brand, no suffix ending its name (美团, 滴滴出行): a platform, printed as the
    employer of its riders and drivers."""
    return body.type == OrgType.company and body.parent is None and suffix_of(body.name) is None


def named_department_start(name: str) -> int | None:
    """Where a department the body names for itself opens in ``name`` (某市总工会|
    社会保障部): the shortest department after a whole body's name, if ``name`` ends
    like one."""
    if not name.endswith(DEPARTMENT_END):
        return None
    for size in DEPARTMENT_SIZES:
        start = len(name) - size
        if start > 0 and suffix_of(name, start) is not None:
            return start
    return None


def unit_start(name: str) -> int | None:
    """Where a unit of a body opens in ``name`` (某公司|铸锻分厂, 某区总工会|法律援助站): the
    shortest part after a whole body's name that ends like a unit (``org_suffixes.yaml``
    unit_endings) and holds more than the ending, if any."""
    return part_start(name, words("unit_endings").ending(name))


def part_start(name: str, unit: str | None) -> int | None:
    """The start of the shortest part of ``name`` after a whole body's name that ends
    with ``unit`` and holds more than it."""
    if unit is None:
        return None
    for size in DEPARTMENT_SIZES:
        start = len(name) - size
        if start > 0 and size > len(unit) and suffix_of(name, start) is not None:
            return start
    return None


def is_department_name(name: str) -> bool:
    """A department printed without its body, listed (组织部, 女职工部), a listed
    committee's own department (经费审查委员会办公室) or named by its body for itself
    (生活服务部: 3 to 10 characters ending in 部, no body inside)."""
    if is_department(name) or is_committees_department(name):
        return True
    return (
        name.endswith(DEPARTMENT_END)
        and len(name) in DEPARTMENT_SIZES
        and all(is_cjk(c) for c in name)
        and named_department_start(name) is None
    )


#: The word that ends a committee's name (经费审查委员会, 女职工委员会).
COMMITTEE = "委员会"


def is_committees_department(name: str) -> bool:
    """``经费审查委员会办公室``: the office of a committee the departments list names,
    printed without the body whose committee it is, as a federation's meeting lists it
    among its heads of departments (the case s36's first reader of titles left from
    real pages); the committee and the department after it are each listed."""
    committee, word, rest = name.partition(COMMITTEE)
    return bool(rest) and is_department(committee + word) and is_department(rest)


def is_department(name: str) -> bool:
    """``组织部``, ``女职工部``: a department of a body, named without the body (a
    federation's suffix that names no union: 女职工部, not 总工会 or 工会联合会)."""
    if name in words("departments"):
        words("departments").found(name)
        return True
    kind = suffix_types().get(name)
    return kind == OrgType.union_federation and _union() not in name


def is_bare_suffix(name: str) -> bool:
    """``总工会``, ``工会``: a suffix printed with no name before it."""
    return name in suffix_types()


def names_one_body(name: str | None) -> bool:
    """A body's name that says which body: more than a suffix, or a body of the city or
    district printed alone (区委, 市政府: ``proper_words``), which is the one of the place
    the article reports from; 工会 or 总工会 alone may be any union's (企业工会主席)."""
    return bool(name) and (not is_bare_suffix(name) or name in words("proper_words"))


def district_of(name: str) -> str | None:
    """The district a name opens with or holds (密云县… → 密云区)."""
    found = lexicon.places().districts_in(name)
    return found[0][1] if found else None


def current_name(name: str, kind: OrgType | None = None) -> tuple[str, bool]:
    """The name with a former county name replaced by the district's current one, and
    whether it was replaced. A place's own body (``kind`` its federation, government
    or Party body) under the former name of a place renamed elsewhere
    (``reference/renamings.yaml``) takes the current name too; an enterprise keeps the
    name it is registered under, under a former Beijing county's name too (通县印刷厂)."""
    districts = () if kind == OrgType.company else lexicon.places().districts
    for d in districts:
        if d.former and name.startswith(d.former) and not name.startswith(d.name):
            lexicon.places().entries.found(d.name)
            return d.name + name[len(d.former) :], True
    renaming = renaming_of(name)
    if renaming is not None and _renamed_with_its_place(name[len(renaming[0]) :], kind):
        former, current = renaming
        return current + name[len(former) :], True
    return name, False


#: The bodies that take their place's new name: the place's federation, its government
#: and its Party bodies.
_RENAMED_WITH_THEIR_PLACE = (OrgType.union_federation, OrgType.government, OrgType.party_body)


def _renamed_with_its_place(rest: str, kind: OrgType | None) -> bool:
    """A body of the place itself: its federation, government or Party body, or a unit
    of its federation (某县总工会职工服务中心)."""
    return kind in _RENAMED_WITH_THEIR_PLACE or rest.startswith(_federation())


def renaming_of(name: str) -> tuple[str, str] | None:
    """(former, current) of the renamed place ``name`` opens with, the longest former
    name first (``reference/renamings.yaml``); the former name may follow the city the
    current name opens with (重庆市铜梁县总工会: 铜梁县 → 重庆市铜梁区), the printed
    form then taken as the former."""
    for former, current in _renamings():
        if name.startswith(former) and len(name) > len(former):
            lexicon.words("renamings.yaml", "renamings").found(current)
            return former, current
    return None


@functools.cache
def _renamings() -> tuple[tuple[str, str], ...]:
    lexicon.words("renamings.yaml", "renamings").words  # noqa: B018 (read: kept in this cache)
    entries = lexicon.load("renamings.yaml").section("renamings")
    pairs = [(r.former, r.name) for r in entries]
    pairs += [(city + former, current) for former, current in pairs for city in _cities_of(current)]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def _cities_of(current: str) -> tuple[str, ...]:
    """The city a renamed place's current name opens with (重庆市 of 重庆市铜梁区), none
    when the name is the city's own (襄阳市)."""
    at = current.find("市")
    return (current[: at + 1],) if 0 < at < len(current) - 1 else ()


def _federation() -> str:
    return words("federation_suffix").found(words("federation_suffix").words[0])


def _union() -> str:
    return words("union_suffix").found(words("union_suffix").words[0])


def city_federation() -> str:
    return lexicon.places().city + _federation()


def parent_of(name: str, kind: OrgType) -> str | None:
    """The organisation a name says it belongs to: a street's or district's federation
    belongs to the district's, a district's to the city's; an enterprise union belongs
    to its enterprise."""
    federation, union = _federation(), _union()
    if kind == OrgType.union_federation and name != city_federation():
        district = district_of(name)
        if district and name != district + federation:
            return district + federation
        return city_federation()
    if kind == OrgType.union and name.endswith(union) and len(name) > len(union):
        return name[: -len(union)]
    return None


def peoples_cell(text: str, start: int) -> str:
    """The name of one of the 56 peoples at ``start`` when it is a table's cell after a
    person's name and sex (某某女|彝族|某县医院), no part of the body named after it; ""
    where there is none, or where it opens a place's name (彝族自治州, 回族乡:
    ``people.yaml`` ethnic_place_words)."""
    group = lexicon.words("people.yaml", "ethnic_groups").starting(text, start)
    if not group or lexicon.words("people.yaml", "ethnic_place_words").starting(
        text, start + len(group)
    ):
        return ""
    return group


def whole_divisions(body: str) -> bool:
    """某市|平|城区, 某市|璧|山区: a body made of divisions of China printed by their full
    names, one after the other, is one place's body, though jieba cuts the last one into
    a character and a generic word (城区, 山区) that alone would name a kind of area. The
    last division's name has three characters or more: a county of one character and its
    level (和县, 新县) is as often a conjunction or an adjective before a level word."""
    mentions = [m for m in places.find_places(body) if m.full]
    if not mentions or len(body) - mentions[-1].start < 3:
        return False
    ends = [0] + [m.end for m in mentions]
    return mentions[-1].end == len(body) and all(m.start == ends[k] for k, m in enumerate(mentions))


def of_a_federation_short_form(body: str) -> bool:
    """县总工会职工|法律援助站, 区总工会职工|服务中心: a federation named by its level word
    alone (县总工会), then the word for the workers it serves (``federation_service_words``),
    names the federation's service body, read in context as its departments are
    (县总工会办公室); other words after it (内设, 直属基层) describe, not name."""
    level = words("place_markers").starting(body)
    rest = body[len(level) :] if level else ""
    return any(
        rest[: len(f)] == f and rest[len(f) :] in words("federation_service_words")
        for f in words("federation_suffix").words
    )


def opening_word(name: str, kind: str) -> str | None:
    """The word of ``org_suffixes.yaml`` ``kind`` (determiners 各, 本; anaphors 该, 本)
    ``name`` opens with, unless that word's characters open the name of a place the
    name opens with (本溪市, 全椒县, 全州县: 本 and 全 there are part of the place's name,
    and 本溪市某厂 names one body, not 'this' one)."""
    word = words(kind).starting(name)
    if word is None:
        return None
    opening = [p for p in places.find_places(name) if p.start == 0]
    return None if any(p.end > len(word) for p in opening) else word


def full_form(name: str) -> str:
    """人力社保局 → 人力资源和社会保障局: a body's short suffix completed."""
    forms = lexicon.load(FILE).suffix_forms
    for short in words("suffix_forms"):
        if name.endswith(short) and len(name) > len(short):
            return name[: -len(words("suffix_forms").found(short))] + forms[short]
    return name


def names_no_body(written: str) -> bool:
    """总工会组织部 (各地区|总工会组织部部长): a department whose body is a union's bare
    suffix the article names no body for names no organisation (the departments of a
    kind); a committee is one by itself (市委组织部: the city's, read in context)."""
    department = words("departments").ending(written)
    body = written[: -len(department)] if department else ""
    return is_bare_suffix(body) and suffix_types()[body] in UNION_TYPES
