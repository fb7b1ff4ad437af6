"""Title chains: ``密云区政协副主席、区总工会党组书记、主席`` before a name.

A title is ``[工会][inner body][modifier] base`` (``reference/titles.yaml``); a chain is
segments of organisation + title between separators, read right to left. A segment
without an organisation inherits the one to its left; ``工会主席`` after
``北京现代党委副书记`` is the 主席 of 北京现代工会.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.grammar import OrgSpan, is_particular, org_ending_at
from gonghui_build.extract.organisations.names import (
    DEPARTMENT_END,
    DEPARTMENT_SIZES,
    is_bare_suffix,
    is_department,
    is_department_name,
    org_type,
    suffix_of,
    words,
)
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import OrgType

_SEGMENT_SEPS = "、，,"
_CHAIN_STOPS = "。；：！？“”‘’（）《》\n"
#: 'Concurrently' between two titles of one person (党组书记兼常务副主席): a separator
#: like 、, save in 兼职 (兼职副主席), a modifier of the title after it.
_CONCURRENTLY, _NOT_CONCURRENTLY = "兼", "兼职"


def _separates(text: str, k: int) -> bool:
    """Whether the character at ``k`` parts two segments of a chain."""
    if text[k] == _CONCURRENTLY:
        return not text.startswith(_NOT_CONCURRENTLY, k)
    return text[k] in _SEGMENT_SEPS


@dataclass(frozen=True)
class TitleClaim:
    """One title of a chain, with the organisation as written (or inherited)."""

    title: str
    title_normalised: str
    org_written: str | None  # as written, e.g. 区总工会; None when the text names none
    org_offset: int | None  # offset of the organisation text in the paragraph
    start: int  # span of organisation + title in the paragraph
    end: int
    from_caption: bool = False
    described: bool = False  # a post the phrase before the name describes (焊工)


def _segment_start(text: str, end: int) -> int:
    k = end - 1
    while k >= 0 and text[k] not in _CHAIN_STOPS and not _separates(text, k):
        k -= 1
    return k + 1


#: A body's term before its committee: 某县总工会|第十届|委员会主席.
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十百零〇\d]+届$")


def _body_of_term(text: str, committee: OrgSpan, tokens: list[Token]) -> OrgSpan | None:
    """``某县总工会第十届委员会主席``: the committee of a term is its body's (the chair of
    the federation); a department of the term (第十届经费审查委员会) stays the body's
    department."""
    term = _TERM_BEFORE.search(text, max(0, committee.start - 6), committee.start)
    if term is None:
        return None
    body = org_ending_at(text, term.start(), tokens)
    if body is None or not body.body or not is_particular(body, tokens):
        return None
    written = body.written + (committee.written if is_department(committee.written) else "")
    return OrgSpan(body.start, committee.end, written, body.suffix, body.type)


def _org_before_title(
    text: str, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """The organisation a title right after it is held at. A title opening with 工会
    (市建材|工会副主席) whose text before is no name by itself is held at the union that
    text and 工会 name (市建材工会): the name is returned without its 工会, which the
    chain adds back."""
    span = org_ending_at(text, title_start, tokens)
    union = match.group("union")
    if span is not None and (is_bare_suffix(span.written) or is_department(span.written)):
        span = _body_of_term(text, span, tokens) or span
    if span is not None or not union:
        return span
    whole = org_ending_at(text, title_start + len(union), tokens)
    if whole is None or whole.start >= title_start or not whole.written.endswith(union):
        return None
    written = whole.written[: -len(union)]
    return OrgSpan(whole.start, title_start, written, whole.suffix, whole.type)


def _department_sharing_title(text: str, title_start: int, tokens: list[Token]) -> OrgSpan | None:
    """组织部长, 民管部长: a department's name and its head's title share the character
    部 (组织部 + 部长); the department ending at that character, with the body before
    it when one is printed (县委组织部长 → 县委组织部)."""
    if not text.startswith("部", title_start):
        return None
    found = org_ending_at(text, title_start + 1, tokens)
    return found if found is not None and is_department(found.suffix) else None


_HEAD = "部长"  # the title of a department's head


def _named_department(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """某市总工会社会保障部部长, 某市总工会生活保障部长: a department the suffixes do not
    list (each body names its own) between a particular body's name and its head's
    title, 部长 after the department's 部 or sharing it: the body's name with the
    department's, typed like the body; the department alone when the segment prints
    no body (某市总工会副主席甲、生活服务部长乙: the body before is the caller's)."""
    if match.group("base") != _HEAD or match.group("union"):
        return None
    if text.startswith(DEPARTMENT_END, title_start - 1):
        end = title_start
    elif match.start() == match.start("base"):
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
    alone = text[seg_start:end]
    if seg_start < end and is_department_name(alone):
        return OrgSpan(seg_start, end, alone, alone, OrgType.union_federation)
    return None


#: The longest name of a unit printed with its bare suffix as one segment of a chain.
_MAX_UNIT = 10


def _unit_of_segment(text: str, seg_start: int, span: OrgSpan | None) -> OrgSpan | None:
    """区总工会党组成员、困难职工帮扶中心主任某某: a unit whose name the grammar cuts to
    its bare suffix (a verb inside: 帮扶|中心) is the whole segment before the title, so
    that the chain goes on to the body before it (a title ends the segment before)."""
    if span is None or span.body or span.start <= seg_start:
        return span
    before = text[max(0, seg_start - 12) : seg_start - 1] if seg_start > 0 else ""
    if not _separates(text, seg_start - 1) or not lexicon.titles().at_end.search(before):
        return span
    unit = text[seg_start : span.end]
    if len(unit) > _MAX_UNIT or not all(is_cjk(c) for c in unit):
        return span
    return OrgSpan(seg_start, span.end, unit, span.suffix, span.type)


def read_as_enterprise(written: str) -> str:
    """An enterprise's short form (集团公司, 股份; with its 工会 too) as the short form
    the article's enterprise is read back from (集团, 公司; 集团工会), as a reader of a
    report about one enterprise takes it (``reference/titles.yaml``:
    enterprise_short_forms); any other name as written."""
    union = lexicon.titles().union_body
    stem = written[: -len(union)] if written.endswith(union) else written
    short = lexicon.keyed("titles.yaml", "enterprise_short_forms").get(stem)
    return written if short is None else short + written[len(stem) :]


def _enterprise_segment(text: str, seg_start: int, title_start: int) -> OrgSpan | None:
    """股份|党委副书记: a segment that prints only an enterprise's short form before its
    title, a form the grammar reads as no name, is held at that enterprise."""
    written = text[seg_start:title_start]
    if written not in lexicon.keyed("titles.yaml", "enterprise_short_forms"):
        return None
    return OrgSpan(seg_start, title_start, written, written, OrgType.company)


def _segments(
    text: str, end: int, tokens: list[Token], caption: bool
) -> list[tuple[int, int, re.Match[str], str]]:
    """The chain's segments left to right: (start, end, title match, organisation as
    written). In running text an organisation must be a whole name (org grammar); in a
    caption the whole text before the title is the organisation."""
    titles = lexicon.titles()
    raw: list[tuple[int, int, re.Match[str], str]] = []
    pos = end
    while pos > 0:
        seg_start = _segment_start(text, pos)
        match = titles.at_end.search(text[seg_start:pos])
        if not match:
            break
        title_start = seg_start + match.start()
        org_text = text[seg_start:title_start]
        more = True  # whether the chain may go on to the left
        if org_text and not caption:
            span = _named_department(text, seg_start, title_start, match, tokens)
            span = span or _org_before_title(text, title_start, match, tokens)
            span = span or _department_sharing_title(text, title_start, tokens)
            span = span or _enterprise_segment(text, seg_start, title_start)
            span = _unit_of_segment(text, seg_start, span)
            if span is None:
                org_text, seg_start, more = "", title_start, False
            else:
                org_text, more = span.written, span.start == seg_start
                seg_start = span.start
        raw.insert(0, (seg_start, pos, match, org_text))
        if not more or seg_start == 0 or not _separates(text, seg_start - 1):
            break
        pos = seg_start - 1
    return raw


def _place_of(body: str) -> str | None:
    """The place whose Party committee, congress, government or CPPCC ``body`` is, or
    holds (某县委 → 某县, 某省人大常委会 → 某省, 某市委统战部 → 某市, 县委 → 县): a
    bare body after it in a chain is that place's (某县委副书记、总工会主席), a short
    form of the same level too (某省人大常委会副主任、省总工会主席)."""
    for k in range(1, len(body)):
        opens = words("parallel_bodies").starting(body, k - 1) or words("full_bodies").starting(
            body, k
        )
        if opens is None:
            continue
        party = words("party_names").starting(body)
        place = body[len(party or "") : k]
        if place and words("place_markers").ending(place):
            return place
    return None


def _place_level_of(body: str) -> str | None:
    """The town, street, district or county ``body`` is (青龙湖镇), or whose Party
    working committee it is (某街道党工委 → 某街道): a bare body after it in a chain is
    that place's (某街道党工委副书记、总工会主席)."""
    committee = words("place_committees").ending(body)
    place = body[: -len(committee)] if committee else body
    return place if words("place_levels").ending(place) else None


def _completed(org_text: str, inherited: str) -> str:
    """A short form that opens with a level (省总工会, 市委统战部) after a body of a
    named place of that level in the same chain is that place's: 某省人大常委会副主任、
    省总工会主席 holds the chair of 某省总工会."""
    place = _place_of(inherited)
    level = words("place_markers").starting(org_text)
    if place is None or level is None or org_text == level:
        return org_text
    named = place[: place.rfind(level) + len(level)] if level in place else ""
    if len(named) <= len(level) or not named.endswith(level):
        return org_text
    return named + org_text[len(level) :]


def _union_department(org_text: str, inherited: str) -> str | None:
    """``某局工会副主席、工会办公室主任``: a department printed after the word 工会, right
    after a union's title in a chain, is that union's department (办公室)."""
    union = lexicon.titles().union_body
    if not inherited.endswith(union) or not org_text.startswith(union):
        return None
    department = org_text[len(union) :]
    return department if department and is_department(department) else None


def _heads_a_government(match: re.Match[str]) -> bool:
    return match.group("base") in lexicon.words("titles.yaml", "government_heads")


def is_party_body(name: str) -> bool:
    """A Party committee or one of its organs (某区委, 某镇党委, 某街道工委)."""
    return org_type(name) == OrgType.party_body


def parse_chain(
    text: str, end: int, tokens: list[Token] | None = None, caption: bool = False
) -> list[TitleClaim]:
    """The title chain that ends at ``end`` (see the module docstring)."""
    titles = lexicon.titles()
    tokens = tokens if tokens is not None else tag_tokens(text)
    claims: list[TitleClaim] = []
    inherited: tuple[str, int] | None = None
    for start, stop, match, org_text in _segments(text, end, tokens, caption):
        org: tuple[str, int] | None
        if (
            org_text
            and inherited
            and is_bare_suffix(org_text)
            and (place := _place_level_of(inherited[0]))
        ):
            org = (place + org_text, start)  # 青龙湖镇 + 总工会; 某街道党工委 + 总工会
            inherited = org
        elif (
            org_text in words("federation_suffix")
            and inherited
            and (place := _place_of(inherited[0]))
        ):
            org = (place + org_text, start)  # 某县委 + 总工会: the county's
            inherited = org
        elif org_text and inherited and is_department(org_text):
            org = (inherited[0] + org_text, start)  # 区委 + 组织部
        elif org_text and inherited and (department := _union_department(org_text, inherited[0])):
            org = (inherited[0] + department, start)  # 某局工会 + (工会)办公室
        elif org_text:
            org = (_completed(org_text, inherited[0]) if inherited else org_text, start)
            inherited = org
        elif _heads_a_government(match) and inherited and is_party_body(inherited[0]):
            org = None  # 某区委副书记、区长: the district's government, which goes unnamed
        else:
            org = inherited
        if match.group("union"):
            base = org[0] if org else ""
            org = (base + titles.union_body, org[1] if org else stop - len(match.group(0)))
            if org_text:
                inherited = org  # 市建材工会副主席、女职工委员会主任: the union's committee
        claims.append(
            TitleClaim(
                title=match.group(0),
                title_normalised=titles.normalise(match),
                org_written=org[0] if org else None,
                org_offset=org[1] if org else None,
                start=start,
                end=stop,
                from_caption=caption,
            )
        )
    return claims


#: The longest phrase read as a described post between a body's name and a person's.
_MAX_POST = 7


def is_post(phrase: str) -> bool:
    """A phrase ending like a title (主任医师, 数控班班长) or an occupation (细纱挡车工,
    快递员), and no noun that states no post (职工)."""
    titles = lexicon.titles()
    if not phrase or not all(is_cjk(c) for c in phrase):
        return False
    if lexicon.words("titles.yaml", "not_posts").ending(phrase):
        return False  # 职工, and 老职工, 一线职工: a kind of person, no post
    if titles.at_end.search(phrase):
        return True
    return lexicon.words("people.yaml", "occupation_endings").ending(phrase) is not None


def _last_post(phrase: str) -> str | None:
    """The post of a phrase between a body's name and a person's: the phrase itself, or
    of a list of them (某公司工人、高级技师张三) its last, the one printed next to the
    name, when each part is a phrase of a post's length and reads as a post or a kind
    of person (工人 is no post, yet stands in the list): a part ending in a name
    (某区委书记甲、区长乙) makes the phrase a list of people, each with their own title."""
    parts = phrase.split("、")
    if any(not part or len(part) > _MAX_POST for part in parts):
        return None
    kinds = lexicon.words("titles.yaml", "not_posts")
    if not all(is_post(part) or kinds.ending(part) for part in parts[:-1]):
        return None
    return parts[-1] if is_post(parts[-1]) else None


def _unit_and_head(post: str) -> tuple[str, str]:
    """``农机站站长``, ``数控班副班长``: a unit named by the character its head's title
    opens with (站|站长, 班|班长) is the organisation the title is held at, inside the
    body before it; ("", post) when the post names no unit."""
    match = lexicon.titles().at_end.search(post)
    if match is None or match.start() == 0 or match.group("union") or match.group("inner"):
        return "", post
    base = match.group("base")
    if len(base) < 2 or post[match.start() - 1] != base[0]:
        return "", post
    return post[: match.start()], match.group(0)


def _body_ending_at(
    text: str, end: int, tokens: list[Token], known: Sequence[OrgSpan]
) -> OrgSpan | None:
    """A particular body's name ending at ``end``: one the article's reading found
    (the model's too), else one the grammar finds there."""
    found = next((k for k in known if k.end == end), None)
    if found is not None or suffix_of(text, end) is None:
        return found
    span = org_ending_at(text, end, tokens)
    return span if span is not None and span.body and is_particular(span, tokens) else None


#: Parts of speech of a one-character word that never opens a post: a verb, a
#: function word, a number.
_NOT_POST_START = ("v", "p", "c", "u", "r", "d", "m", "q", "x")


def _opens_a_noun(tokens: list[Token], start: int) -> bool:
    """A post opens a word, and no one-character verb or function word (工会|会|副主席:
    OCR doubled a character; 快递|员 is a post)."""
    first = next((t for t in tokens if t.start == start), None)
    if first is None:
        return False
    return len(first.word) > 1 or not first.tag.startswith(_NOT_POST_START)


def described_post(
    text: str, name_start: int, tokens: list[Token], known: Sequence[OrgSpan] = ()
) -> TitleClaim | None:
    """``海湾精密制造公司数控班班长韦春兰``, ``来自迅达物流营业部的快递员邵小川``: the
    phrase between a particular body's name (its own 的 aside) and a person's name,
    when it ends like a title or an occupation, is the person's post at that body;
    ``known`` are the names the article's reading found in ``text``."""
    for org_end in range(name_start - 1, max(0, name_start - 2 * _MAX_POST - 2), -1):
        span = _body_ending_at(text, org_end, tokens, known)
        if span is None:
            continue
        phrase = text[org_end:name_start]
        phrase = phrase[1:] if phrase.startswith("的") else phrase
        post = _last_post(phrase)
        former = lexicon.words("people.yaml", "former_marks").ending(text, span.start)
        if post and not former and _opens_a_noun(tokens, name_start - len(post)):
            unit, title = _unit_and_head(post)
            start = span.start
            org = span.written + unit
            return TitleClaim(title, title, org, start, start, name_start, described=True)
        return None
    return None
