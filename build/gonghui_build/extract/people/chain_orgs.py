"""The organisation one segment of a title chain names before its title.

``区总工会|党组书记``, ``某市总工会社会保障部|部长``, ``县委组织|部长``, ``股份|党委副书记``:
the grammar of organisation names reads most; the shapes here are those a chain prints
that the grammar alone reads wrong or not at all (a term's committee, a department
named by its body, a department sharing its head's 部, a unit cut to its bare suffix,
an enterprise's short form).
"""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    DEPARTMENT_END,
    DEPARTMENT_SIZES,
    area_bodies,
    is_bare_suffix,
    is_department,
    is_department_name,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.extract.people.chain_bodies import past_honour
from gonghui_build.extract.people.chain_terms import back_reference_of_term, body_of_term
from gonghui_build.extract.people.crossed_names import after_a_titled_name
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, token_at
from gonghui_build.vocabulary import OrgType

_SEGMENT_SEPS = "、，,"
#: 'Concurrently' between two titles of one person (党组书记兼常务副主席): a separator
#: like 、, save in 兼职 (兼职副主席), a modifier of the title after it; a 兼 before a
#: body opening with 职 (部长兼职工技术协会秘书长) still parts the two posts.
_CONCURRENTLY, _NOT_CONCURRENTLY = "兼", "兼职"
#: 'And also' between two titles of one person in formal reports (党组书记暨常务副主席,
#: seen so in union reports' chains, s40): a separator like 兼, when a title ends right
#: before it (a body's name with 暨 in it, 某协会暨某学会, stays whole).
_ALSO = "暨"


def separates(text: str, k: int) -> bool:
    """Whether the character at ``k`` parts two segments of a chain."""
    if text[k] == _CONCURRENTLY:
        return not _part_time(text, k)
    if text[k] == _ALSO:
        return lexicon.titles().at_end.search(text[max(0, k - 12) : k]) is not None
    return text[k] in _SEGMENT_SEPS


def _part_time(text: str, k: int) -> bool:
    """Whether 兼职 at ``k`` is the 'part-time' of the title right after it (兼职副主席,
    兼职工会主席, 兼职党委委员): a title must follow, else the 兼 is 'concurrently' and
    the 职 opens the next body's name (部长兼|职工技术协会秘书长)."""
    if not text.startswith(_NOT_CONCURRENTLY, k):
        return False
    return lexicon.titles().regex.match(text, k + len(_NOT_CONCURRENTLY)) is not None


def _org_before_title(
    text: str, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """The organisation a title right after it is held at. A title opening with 工会
    (市建材|工会副主席) whose text before is no name by itself is held at the union that
    text and 工会 name (市建材工会): the name is returned without its 工会, which the
    chain adds back."""
    span = org_ending_at(text, title_start, tokens)
    union = match.group("union")
    standing = lexicon.words("titles.yaml", "union_standing_bodies")
    if span is not None and (
        is_bare_suffix(span.written) or is_department(span.written) or span.written in standing
    ):
        span = body_of_term(text, span, tokens) or span  # 某厂|第三届|工会委员会|主席 too
    if span is not None or not union:
        return span
    whole = org_ending_at(text, title_start + len(union), tokens)
    if whole is None or whole.start >= title_start or not whole.written.endswith(union):
        return back_reference_of_term(text, title_start, tokens)
    written = whole.written[: -len(union)]
    if written in lexicon.words("titles.yaml", "tenure_marks"):
        return None  # 新任|工会主席: when the post was taken up, no body's name
    cut = after_a_titled_name(written)  # 某段工会主席甲和|段|工会…: the body after 和
    return OrgSpan(whole.start + cut, title_start, written[cut:], whole.suffix, whole.type)


#: The last character of a head's title (部长, 局长): a department's head.
_HEAD_OF = "长"


def _department_sharing_title(text: str, title_start: int, tokens: list[Token]) -> OrgSpan | None:
    """组织部长, 民管部长, 县公安局长, 市教育局长: a department's or a bureau's name and its
    head's title share their last character (组织部 + 部长, 公安局 + 局长); the body
    ending at that character, with the body before it when one is printed (县委组织部长 →
    县委组织部, 县公安局长 → 县公安局). A department (部) is read as one of the
    suffixes; any other body (a bureau) must be a particular one, ending in a character
    of ``titles.yaml`` department_endings, and the title its head's (局长, not 委员)."""
    shared = text[title_start : title_start + 1]
    if not shared or not lexicon.words("titles.yaml", "department_endings").ending(shared):
        return None
    if not text.startswith(shared + _HEAD_OF, title_start):
        return None  # 女工委|委员: a member, no head, shares no character
    found = org_ending_at(text, title_start + 1, tokens)
    if found is None:
        return None
    if shared == DEPARTMENT_END:
        return found if is_department(found.suffix) else None
    particular = found.body and found.suffix.endswith(shared) and is_particular(found, tokens)
    return found if particular else None


_HEAD = "部长"  # the title of a department's head
#: The titles of a department's head printed after the department's 部: 部长, and 主任
#: as enterprises title theirs (某公司党群部主任, 人力资源部主任: 3 real pages, s30).
_HEADS = (_HEAD, "主任")


def _named_department(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """某市总工会社会保障部部长, 某市总工会生活保障部长: a department the suffixes do not
    list (each body names its own) between a particular body's name and its head's
    title, 部长 or 主任 after the department's 部 or 部长 sharing it: the body's name with the
    department's, typed like the body; the department alone when the segment prints
    no body (某市总工会副主席甲、生活服务部长乙: the body before is the caller's), an
    election's verb opening the segment left out (选举|质检部部长甲为副主席: no body's)."""
    if match.group("base") not in _HEADS or match.group("union"):
        return None
    if text.startswith(DEPARTMENT_END, title_start - 1):
        end = title_start
    elif match.group("base") == _HEAD and match.start() == match.start("base"):
        end = title_start + 1  # 生活保障部长: the title's 部 ends the department
    else:
        return None
    for size in DEPARTMENT_SIZES:
        k = end - size
        department = text[k:end]
        if k <= 0 or not all(is_cjk(c) for c in department):
            break
        body = org_ending_at(text, k, tokens)
        if body is not None and body.body and is_particular(body, tokens):
            return OrgSpan(body.start, end, body.written + department, department, body.type)
    verb = lexicon.words("people.yaml", "election_before").starting(text, seg_start) or ""
    seg_start, alone = seg_start + len(verb), text[seg_start + len(verb) : end]  # 选举|质检部
    if seg_start < end and is_department_name(alone):
        return OrgSpan(seg_start, end, alone, alone, OrgType.union_federation)
    return None


#: The longest name of a unit printed with its bare suffix as one segment of a chain.
_MAX_UNIT = 10


def _unit_of_segment(text: str, seg_start: int, span: OrgSpan | None) -> OrgSpan | None:
    """区总工会党组成员、困难职工帮扶中心主任某某: a unit whose name the grammar cuts to
    its bare suffix (a verb inside: 帮扶|中心) is the whole segment before the title, so
    that the chain goes on to the body before it (a title ends the segment before); not a
    short form after a word referring back (该院, 本厂), the body named before."""
    if span is None or span.body or span.start <= seg_start:
        return span
    if lexicon.words("org_suffixes.yaml", "anaphors").ending(text[seg_start : span.start]):
        return span  # 某某与|该|院党委委员: the body referred back to, no unit of the segment
    before = text[max(0, seg_start - 12) : seg_start - 1] if seg_start > 0 else ""
    if not separates(text, seg_start - 1) or not lexicon.titles().at_end.search(before):
        return span
    unit = text[seg_start : span.end]
    if len(unit) > _MAX_UNIT or not all(is_cjk(c) for c in unit):
        return span
    return OrgSpan(seg_start, span.end, unit, span.suffix, span.type)


def _enterprise_segment(
    text: str, seg_start: int, title_start: int, tokens: list[Token]
) -> OrgSpan | None:
    """股份|党委副书记: a segment that prints only an enterprise's short form before its
    title, a form the grammar reads as no name, is held at that enterprise; so is one
    that prints it right after a preposition (开幕式由|校|党委副书记: the clause's
    agent is the officer, the short form the body) or after a word referring back to a
    body named before (该|校|校长, 本|院|院长: ``org_suffixes.yaml`` anaphors), the
    school or hospital the article named, as 该厂厂长 is the works named before."""
    forms = lexicon.keyed("titles.yaml", "enterprise_short_forms")
    for form in sorted(forms, key=len, reverse=True):
        start = title_start - len(form)
        if start < seg_start or text[start:title_start] != form:
            continue
        if start == seg_start or _after_preposition(start, tokens):
            return OrgSpan(start, title_start, form, form, OrgType.company)
        if _after_anaphor(text, seg_start, start, tokens):
            return OrgSpan(start, title_start, form, form, OrgType.company)
    return None


def _after_anaphor(text: str, seg_start: int, start: int, tokens: list[Token]) -> bool:
    """Whether a word referring back (该, 本) ends right at ``start``, opening the segment
    or after a preposition (会议由|该|校…)."""
    anaphor = lexicon.words("org_suffixes.yaml", "anaphors").ending(text[seg_start:start])
    at = start - len(anaphor) if anaphor else -1
    return at >= seg_start and (at == seg_start or _after_preposition(at, tokens))


def _after_preposition(start: int, tokens: list[Token]) -> bool:
    """Whether a preposition (由, 在, 向) ends right at ``start``."""
    return any(t.end == start and t.tag == "p" for t in tokens)


#: The shortest and longest unit (脊柱外科, 骨二科, 第三项目部) read into a title.
_UNIT_SIZES = range(2, 7)
#: Parts of speech of a unit's first word that open no unit: a verb, a function word.
_NOT_UNIT_START = ("v", "p", "c", "u", "r", "d", "x")
#: Parts of speech of the particles that mark a verb's aspect (了, 着, 过): a text holding
#: one between a body and a title is a clause (一行走访了|原工会主席), no unit's name.
_ASPECT_TAGS = ("ul", "uz", "ug")


def _is_clause(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` holds an aspect particle: the body
    before it is the clause's agent (市总工会领导看望了|原工会主席某某), not the body of
    the title after it."""
    return any(start <= t.start < end and t.tag in _ASPECT_TAGS for t in tokens)


def body_and_unit(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> tuple[OrgSpan, str] | None:
    """``某厂三车间|主任``: a particular body's name and a short unit of it the grammar
    names no organisation before a title, inside one segment: the body, and the unit,
    which the title takes in (三车间主任 held at the plant, as a described post is); a
    unit ending like a department (人事教育司, a hospital's 心内科) or a unit (法律援助站,
    铸锻分厂, 细纱车间), or named by the character
    its head's title opens with (农机站|站长, 检修班|班长), is the body's unit, the
    organisation of the title."""
    for size in _UNIT_SIZES:
        end = title_start - size
        if end <= seg_start:
            break
        unit = text[end:title_start]
        if not all(is_cjk(c) for c in unit) or unit.startswith("的"):
            continue
        if lexicon.titles().union_body in unit:
            continue  # 某公司工会|会|副主席: the union is the organisation, no unit
        if lexicon.words("titles.yaml", "list_conjunctions").ending(unit):
            return None  # 某办公室|主任甲和|副主席乙: a titled name and a conjunction, no unit
        if after_a_titled_name(unit):
            return None  # 某段|段长甲和段|党委书记乙: a titled name, no unit, before the joiner
        first = token_at(tokens, end)
        if first is None or first.tag.startswith(_NOT_UNIT_START):
            continue
        if _is_clause(tokens, end, title_start):
            return None
        body = org_ending_at(text, end, tokens)
        if body is None or body.start < seg_start or not body.body:
            continue
        if not is_particular(body, tokens):
            continue
        base = match.group("base")
        if unit.endswith("的"):
            headed = _headed_by(unit[:-1], match)
            return _body_of_group(body, unit[:-1], end, headed), ""
        heads = _headed_by(unit, match)
        if heads or (names_a_unit(unit) and not post_named_with_unit(unit, base)):
            return OrgSpan(body.start, title_start, body.written + unit, unit, body.type), ""
        return body, unit
    return None


def _headed_by(unit: str, match: re.Match[str]) -> bool:
    """``检修班|班长``, ``装卸队|的|队长``: ``unit`` ends with the character the title
    ``match`` reads opens with (its head's title), an inner body's title aside."""
    base = match.group("base")
    return len(base) > 1 and unit.endswith(base[0]) and not match.group("inner")


def _body_of_group(body: OrgSpan, group: str, end: int, headed: bool = False) -> OrgSpan:
    """``某医院代表队的|护士长``: a group of the body's people at an occasion (a team, a
    delegation) and 的 before a title name no unit the title is held at: the body holds
    it; a unit of the body there (心内科的|主任医师) does, and so does a team whose head's
    title opens with its last character (``headed``: 某港务公司装卸队的|队长, the team
    leader of a standing team)."""
    if not group or not (headed or names_a_unit(group)):
        return body
    return OrgSpan(body.start, end + len(group), body.written + group, group, body.type)


#: The particle between a body's name and its post in running text (某厂的工会主席).
_PARTICLE = "的"


def body_before_particle(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """``某纺织厂的|工会主席``, ``当选为某有限公司的|工会主席``: a particular body's name
    and 的 right before the title name the body the title is held at, as a team's name
    and 的 do (:func:`_body_of_group`); a phrase that is no body's name (职工信赖的|工会
    主席) names none."""
    if title_start - 1 <= seg_start or text[title_start - 1] != _PARTICLE:
        return None
    body = org_ending_at(text, title_start - 1, tokens)
    if body is None or body.start < seg_start or not body.body:
        return None
    return body if is_particular(body, tokens) else None


#: Parts of speech of a proper name's first word (jieba): a place, an institution, a
#: name, another proper noun, an abbreviation.
_PROPER_START = ("ns", "nt", "nz", "nr", "j")
#: The shortest and longest brand read before an inner body's title (北京现代|党委副书记).
_BRAND_SIZES = range(3, 11)


def brand_of_inner_title(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """``青禾装备|党委副书记``: a title of an inner body (党委, 纪委) is held in an
    organisation, so a segment that is only a proper name before it, opening a clause
    or a chain, is that organisation, an enterprise's brand the grammar reads no name in
    (tests/fixtures/ANNOTATION.md: 北京现代党委副书记 names 北京现代)."""
    written = text[seg_start:title_start]
    if not match.group("inner") or match.group("union") or len(written) not in _BRAND_SIZES:
        return None
    if not all(is_cjk(c) for c in written):
        return None
    first = token_at(tokens, seg_start)
    if first is None or not first.tag.startswith(_PROPER_START):
        return None
    return OrgSpan(seg_start, title_start, written, written, OrgType.other)


def segment_org(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """The organisation the segment ``text[seg_start:title_start]`` names before the
    title ``match`` (None when it names none the shapes above read)."""
    span = _named_department(text, seg_start, title_start, match, tokens)
    span = span or _org_before_title(text, title_start, match, tokens)
    span = span or _department_sharing_title(text, title_start, tokens)
    span = span or _enterprise_segment(text, seg_start, title_start, tokens)
    span = _with_area_word(text, seg_start, span)
    return past_honour(text, _unit_of_segment(text, seg_start, span))


def _with_area_word(text: str, seg_start: int, span: OrgSpan | None) -> OrgSpan | None:
    """``地区|总工会组织部|部长``: a word for a kind of area (``org_suffixes.yaml``
    generic_bodies' areas) opening the segment right before a name the grammar read without it is
    that name's first word, the short form of the area's body the article printed in full
    (某某地区总工会), which the article's reading completes; the grammar drops the word
    alone as a kind of body (各地区). The word may follow another word of the segment
    (原|地区总工会组织部部长, 由|地区总工会…: a former post, a preposition), not a
    determiner (各地区, 全地区: the areas' bodies, a kind)."""
    if span is None or span.start <= seg_start:
        return span
    area = area_bodies().ending(text, span.start)
    at = span.start - len(area) if area else -1
    if at < seg_start or words("determiners").ending(text, at):
        return span
    return replace(span, start=at, written=text[at : span.end])


def names_a_unit(unit: str) -> bool:
    """A unit ending like a department (人事教育司) or like a unit of a body, more than
    the ending alone (法律援助站, 铸锻分厂: ``org_suffixes.yaml`` unit_endings)."""
    if lexicon.words("titles.yaml", "department_endings").ending(unit):
        return True
    ending = lexicon.words("org_suffixes.yaml", "unit_endings").ending(unit)
    return ending is not None and len(unit) > len(ending)


def post_named_with_unit(unit: str, base: str) -> bool:
    """``某厂细纱车间|主任``: the head of a workshop is printed as one post with the
    workshop's name (细纱车间主任 at the plant), where a team leader or a worker there
    (细纱车间|班长, 细纱车间|保全工) is held at the workshop (``titles.yaml``:
    heads_named_with_their_unit)."""
    ending = lexicon.keyed("titles.yaml", "heads_named_with_their_unit").get(base)
    return ending is not None and unit.endswith(ending)


def is_union_committee(org_text: str, inherited: tuple[str, int] | None) -> bool:
    """``某工会副主席、女职工委员会主任``, ``经费审查委员会主任：某某``: a union's committee
    printed after a union in a chain, or opening a chain of no body, names the post
    (女职工委员会主任) held at the union, not a body of its own (``titles.yaml``:
    union_committees)."""
    if org_text not in lexicon.words("titles.yaml", "union_committees"):
        return False
    return inherited is None or inherited[0].endswith(lexicon.titles().union_body)
