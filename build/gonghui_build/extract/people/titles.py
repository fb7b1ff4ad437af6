"""Title chains: ``密云区政协副主席、区总工会党组书记、主席`` before a name.

A title is ``[工会][inner body][modifier] base`` (``reference/titles.yaml``); a chain is
segments of organisation + title between separators, read right to left. A segment
without an organisation inherits the one to its left; ``工会主席`` after
``北京现代党委副书记`` is the 主席 of 北京现代工会.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.ranked_corps import lower_unit_start
from gonghui_build.extract.organisations.shortforms import short_name_before_title
from gonghui_build.extract.people.anaphor_units import anaphor_body_and_unit
from gonghui_build.extract.people.chain_bodies import (
    committee_of_segment,
    enterprise_inner_body,
    is_enterprise,
    is_union_body,
    past_tenure_mark,
    regional_committee,
    without_committee,
)
from gonghui_build.extract.people.chain_inherits import (
    ChainState,
    enterprise_of_department,
    head_of_committee_department,
    org_of_segment,
)
from gonghui_build.extract.people.chain_items import (
    elected_before_comma,
    given_after_a_name,
    glued_to_title,
    segment_start,
    tenure_mark,
    tenure_mark_before_title,
    unread_item,
)
from gonghui_build.extract.people.chain_orgs import (
    body_and_unit,
    body_before_particle,
    brand_of_inner_title,
    segment_org,
    separates,
)
from gonghui_build.extract.people.chain_places import union_after
from gonghui_build.extract.people.crossed_names import title_after_a_titled_name
from gonghui_build.extract.people.duty_phrases import body_before_duty_phrase
from gonghui_build.extract.people.headed_units import unit_named_by_head
from gonghui_build.extract.people.post_phrases import (
    MAX_POST as MAX_POST,
)
from gonghui_build.extract.people.post_phrases import (
    MAX_POSTS_PHRASE as MAX_POSTS_PHRASE,
)
from gonghui_build.extract.people.post_phrases import is_post as is_post
from gonghui_build.extract.people.post_phrases import posts_of as posts_of
from gonghui_build.extract.people.post_phrases import unit_and_head as unit_and_head
from gonghui_build.extract.people.title_notes import before_title_note
from gonghui_build.extract.people.trade_grades import grade_before
from gonghui_build.extract.people.union_enterprise_posts import inner_posts_at_unions_enterprise
from gonghui_build.extract.people.village_posts import village_of_inner_title
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import clause_end
from gonghui_build.text.tokenizer import Token, tag_tokens

#: An item's number opening a list's line (1. 2、 （3） ①): no part of the organisation
#: a caption's line prints before the title (9.某县某镇党委书记 某某), nor of the body a
#: list's line names after it.
ITEM_NUMBER = re.compile(r"\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[\u2460-\u2473])\s*")


@dataclass(frozen=True)
class TitleClaim:
    """One title of a chain, with the organisation as written (or inherited). The marks
    of how it was read are keyword-only, so that a reader setting one names it
    (``described=True``)."""

    title: str
    title_normalised: str
    org_written: str | None  # as written, e.g. 区总工会; None when the text names none
    org_offset: int | None  # offset of the organisation text in the paragraph
    start: int  # span of organisation + title in the paragraph
    end: int
    _: KW_ONLY
    from_caption: bool = False  # read in a caption's or a list's line, the body as printed
    described: bool = False  # a post the phrase before the name describes (焊工)
    unit_alone: bool = False  # org_written is a unit printed without its body (铸锻分厂)


def read_as_enterprise(written: str) -> str:
    """An enterprise's short form (集团公司, 股份; with its 工会 too) as the short form
    the article's enterprise is read back from (集团, 公司; 集团工会), as a reader of a
    report about one enterprise takes it (``reference/titles.yaml``:
    enterprise_short_forms); any other name as written. So too before one of its
    departments (集团公司工会工作部, 集团公司党群部: ``org_suffixes.yaml`` departments), read
    back as the enterprise's department (集团工会工作部)."""
    union = lexicon.titles().union_body
    department = lexicon.words("org_suffixes.yaml", "departments").ending(written)
    body = written[: -len(department)] if department and department != written else written
    stem = body[: -len(union)] if body.endswith(union) else body
    short = lexicon.keyed("titles.yaml", "enterprise_short_forms").get(stem)
    return written if short is None else short + written[len(stem) :]


#: One segment of a chain: (start, end, title match, organisation as written, unit
#: the title takes in, whether a bare body is the chain's before it).
_Segment = tuple[int, int, re.Match[str], str, str, bool]


def _title_of_the_name_before(
    text: str, seg_start: int, title_start: int, pos: int, tokens: list[Token]
) -> bool:
    """Whether the title in ``text[seg_start:pos]`` belongs to the name printed before
    it, not to the chain's next name: the chain of titles ends there."""
    return (
        given_after_a_name(text, seg_start, title_start, tokens)  # 由甲任团长、乙…
        or title_after_a_titled_name(text, seg_start, title_start)  # 书记甲校长、乙…
        or elected_before_comma(text, seg_start, title_start, pos)  # 甲当选工会主席，…乙
    )


def _segments(text: str, end: int, tokens: list[Token], caption: bool) -> list[_Segment]:
    """The chain's segments left to right: (start, end, title match, organisation as
    written, unit, whether it inherits). In running text an organisation must be a whole
    name (org grammar); in a caption the whole text before the title is the
    organisation."""
    titles = lexicon.titles()
    raw: list[_Segment] = []
    pos = end
    while pos > 0:
        seg_start = segment_start(text, pos)
        match = titles.at_end.search(text[seg_start:pos])
        if not match:
            break
        title_start = seg_start + match.start()
        if raw and _title_of_the_name_before(text, seg_start, title_start, pos, tokens):
            break  # the title is the name's before it: the chain ends
        if glued_to_title(text, seg_start, title_start):
            raw.insert(0, (title_start, pos, match, "", "", True))  # 党组书记|常务副主席
            pos = title_start
            continue
        if caption and (number := ITEM_NUMBER.match(text, seg_start, title_start)):
            seg_start = number.end()
        org_text, unit = text[seg_start:title_start], ""
        if caption:  # 某省消防救援总队|某市消防救援支队某区大队|大队长: the lower unit's
            org_text = org_text[lower_unit_start(org_text) :]
        more, inherits = True, True  # whether the chain may go on to the left
        if _staff_union(org_text, match):
            raw.insert(0, (seg_start, pos, match, org_text, "", True))  # 、机关|工会主席
            pos = seg_start - 1
            if seg_start == 0 or not separates(text, pos):
                break
            continue
        left = seg_start  # where the segment opens, a tenure mark before its body too
        tenure = tenure_mark(text, seg_start, title_start)
        if tenure == len(org_text) and seg_start > 0 and separates(text, seg_start - 1):
            org_text = ""  # 副总经理、新任|工会主席: the body is the chain's, read on
        if (
            org_text
            and not caption
            and (region := regional_committee(text, seg_start, title_start, match))
        ):
            org_text = region  # 自治区党委|常委: the region's committee is the body
        elif org_text and not caption:
            org_text, unit, inherits, more, seg_start = _running_text_body(
                text, (seg_start, title_start), match, tokens, tenure, org_text
            )
        raw.insert(0, (seg_start, pos, match, org_text, unit, inherits))
        left = min(left, seg_start)
        if not more or left == 0 or not separates(text, left - 1):
            break
        pos = before_title_note(text, left - 1)  # 工会主席（兼）|、某部部长: the note read past
    return raw


def _running_text_body(
    text: str,
    bounds: tuple[int, int],
    match: re.Match[str],
    tokens: list[Token],
    tenure: int,
    org_text: str,
) -> tuple[str, str, bool, bool, int]:
    """A running-text segment's body (between ``bounds``: the segment's start and its
    title's), read as a whole name or, failing that, as a trade: (organisation as
    written, unit, whether it inherits the chain's body, whether the chain may go on to
    the left, where the segment now opens)."""
    seg_start, title_start = bounds
    body_end = title_start - tenure_mark_before_title(text, seg_start, title_start, tokens)
    span, unit = _segment_body(text, seg_start, body_end, match, tokens)
    if span is None:
        unit = trade_of_title(text, seg_start, title_start, tokens)
        # 某厂班长、车间主任: a trade read whole is no body; the chain's is held
        more = unread_item(text, seg_start, title_start)
        return "", unit, unit == org_text, more, title_start - len(unit)
    cut = past_tenure_mark(span)
    tenure = tenure or cut.start - span.start  # 原|区总工会: the tenure mark the reading took in
    span = _with_workers_word(text, seg_start, cut)
    return _as_union(span.written), unit, True, span.start - seg_start in (0, tenure), span.start


def _with_workers_word(text: str, seg_start: int, span: OrgSpan) -> OrgSpan:
    """``span`` with the word for the workers a body serves (职工: ``org_suffixes.yaml``
    workers_body_openers) that opens its segment, right after the chain's separator
    (部长兼|职工|技术协会秘书长): the grammar drops it as a generic word, yet between the
    separator and the body nothing but the body's name is printed, so it is the name's;
    the chain then reads on past it to the posts before."""
    word = text[seg_start : span.start]
    openers = lexicon.words("org_suffixes.yaml", "workers_body_openers")
    if seg_start == 0 or word not in openers or not separates(text, seg_start - 1):
        return span
    return replace(span, start=seg_start, written=word + span.written)


def _segment_body(
    text: str, start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> tuple[OrgSpan | None, str]:
    """The body a segment's text names before its title, and a unit printed between them
    (某厂|某车间|主任), or None and "": the organisation grammar first, then the readers of
    bodies it cannot read whole (a unit named by its head, a village, a brand, a short
    name)."""
    unit = ""
    span = segment_org(text, start, title_start, match, tokens)
    found = (span is None and body_and_unit(text, start, title_start, match, tokens)) or (
        _after_anaphor(span, start)
        and anaphor_body_and_unit(text, start, title_start, match, tokens)
    )
    if found and (span is None or found[0].start < span.start):
        span, unit = found
    for fallback in (
        unit_named_by_head,
        village_of_inner_title,
        brand_of_inner_title,
        short_name_before_title,
        body_before_particle,
        body_before_duty_phrase,
    ):
        span = span or fallback(text, start, title_start, match, tokens)
    return span, unit


def _after_anaphor(span: OrgSpan | None, seg_start: int) -> bool:
    """Whether the anaphor's reading is to be tried: no body read, or one read after the
    segment's first words (该厂|办公室: the grammar reads the department alone, a bare
    办公室 the article cannot complete, where 该厂 names the works it belongs to)."""
    return span is None or span.start > seg_start


def _staff_union(org_text: str, match: re.Match[str]) -> bool:
    """``某馆一级调研员、机关工会主席``: the word for a body's own offices and staff
    (``org_suffixes.yaml`` office_staff_words: 机关) alone before a union's title in a chain
    names the union of the staff of the body the chain named (某馆机关工会), as 某馆机关工会
    printed whole is; the organisation grammar reads no body in the word alone."""
    return bool(match.group("union")) and org_text in lexicon.words(
        "org_suffixes.yaml", "office_staff_words"
    )


def _as_union(written: str) -> str:
    """``工会委员会`` printed bare before a title (某某当选为公司第二届工会委员会主席) is the
    union itself, its standing body (``titles.yaml`` union_standing_bodies): read as the
    bare ``工会`` the article's reading completes with its enterprise; any other name as
    written."""
    standing = lexicon.words("titles.yaml", "union_standing_bodies")
    return lexicon.titles().union_body if written in standing else written


#: Parts of speech of a word read across a title's start that name a trade or a kind
#: of post (车间主任, 心理咨询|师): a noun, not a person's, a place's or a body's name.
_TRADE_TAGS = ("n", "nz", "vn")


def trade_of_title(text: str, seg_start: int, title_start: int, tokens: Sequence[Token]) -> str:
    """``车间主任``, ``心理咨询师``, ``项目经理``: a noun jieba reads across the start of a
    title of no body (车间主任 one word, 心理咨询|师) names the trade or the kind of the
    post, part of the title as printed (tests/fixtures/ANNOTATION.md: issue 10, the
    occupation before the name is the title); "" when none is printed there."""
    word = next((t for t in tokens if t.start < title_start < t.end), None)
    if word is None or word.start < seg_start or word.tag not in _TRADE_TAGS:
        return ""
    trade = text[word.start : title_start]
    read = 2 <= len(trade) <= 3 and all(is_cjk(c) for c in trade)
    return grade_before(text, seg_start, word.start) + trade if read else ""  # 国家二级|心理咨询


def parse_chain(
    text: str, end: int, tokens: list[Token] | None = None, caption: bool = False
) -> list[TitleClaim]:
    """The title chain that ends at ``end`` (see the module docstring)."""
    titles = lexicon.titles()
    tokens = tokens if tokens is not None else tag_tokens(text)
    claims: list[TitleClaim] = []
    state: ChainState = (None, None)
    enterprise: tuple[str, int] | None = None  # the body whose union the chain named
    for start, stop, match, org_text, unit, inherits in _segments(text, end, tokens, caption):
        # 某馆副馆长、工会委员会主席: the union's standing body after a body the chain named is
        # that body's union, as 工会主席 there is
        standing = org_text == titles.union_body and state[0] is not None
        staff = org_text if _staff_union(org_text, match) else ""
        if staff and state[0] is None:
            staff = org_text = ""  # 机关工会主席 opening the chain: whose staff, unread
        org, committee_unit, state = org_of_segment(
            "" if standing or staff else org_text, start, match, state
        )
        if not inherits:
            org = None  # 某区委常委、某某工作领导小组|组长: a body not read, not the chain's
        if unit and not org_text and org and not is_enterprise(org[0]):
            org = enterprise  # 某厂工会主席、车间主任: a trade's post is the works'
        if not org_text and enterprise and enterprise_inner_body(match):
            org = enterprise  # 某公司工会主席、党委副书记: the company's Party committee
        unit = committee_unit + unit
        title, title_normalised = unit + match.group(0), unit + titles.normalise(match)
        org, of_committee = committee_of_segment(org, org_text, (text, start), match)
        if of_committee:  # 自治区党委|常委, 某镇党委|书记: the title without the 党委
            title, title_normalised = without_committee(title), without_committee(title_normalised)
        headed = None if unit else head_of_committee_department(org, org_text, start, stop, match)
        if headed:
            org, title = headed
            title_normalised = title
        if (match.group("union") or standing) and not (
            org and not org_text and is_union_body(org[0])
        ):
            base = enterprise_of_department(org[0]) if org else ""
            if staff:  # the staff's union of the body before, whatever the body is
                union = base + staff + titles.union_body
            else:
                union = union_after(base) if org else titles.union_body
            org = (union, org[1] if org else stop - len(match.group(0)))
            if org_text:
                state = (org, state[1])  # 市建材工会副主席、女职工委员会主任: the union's committee
                enterprise = (base, org[1]) if is_enterprise(base) else None
        claims.append(
            TitleClaim(
                title=title,
                title_normalised=title_normalised,
                org_written=org[0] if org else None,
                org_offset=org[1] if org else None,
                start=start,
                end=stop,
                from_caption=caption,
            )
        )
    return _committees_of_bare_union(inner_posts_at_unions_enterprise(claims))


def _committees_of_bare_union(claims: list[TitleClaim]) -> list[TitleClaim]:
    """``工会副主席、经费审查委员会主任``, ``工会副主席兼经费审查委员会主任``: a union's
    committee (``titles.yaml`` union_committees) printed after a title of the bare word
    工会 in one chain is that union's, held where the bare 工会 is (the body the
    article's reading completes it with), not at no body."""
    union = lexicon.titles().union_body
    committees = lexicon.words("titles.yaml", "union_committees")
    out: list[TitleClaim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (
            before is not None
            and before.org_written == union
            and claim.org_written is None
            and committees.starting(claim.title)
        ):
            claim = replace(claim, org_written=union, org_offset=before.org_offset)
        out.append(claim)
    return out


def chain_filling_clause(text: str, start: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The title chain that opens at ``start`` and runs to the end of its clause
    (``某某，|某公司工会主席，…``; ``某某现任|某合作社理事长。``), else (): a post printed
    after its person's name must fill the clause, or the clause says something else."""
    stop = clause_end(text, start)
    if not lexicon.titles().at_end.search(text[start:stop]):
        return ()
    # 某某，…，原任|某厂车间主任: a word of tenure opening the clause (titles.yaml
    # tenure_marks) is left out of the chain, which then opens after it
    mark = lexicon.words("titles.yaml", "tenure_marks").starting(text, start) or ""
    # 某某为|该公司变压器分厂厂长: a word referring back to a body (org_suffixes.yaml
    # anaphors) opens the clause before the chain, whose short body the article completes
    anaphor = lexicon.words("org_suffixes.yaml", "anaphors").starting(text, start) or ""
    opens = (start, start + len(mark), start + len(anaphor))
    claims = parse_chain(text, stop, tokens)
    if not claims or claims[0].start not in opens:
        # the paragraph's words cross the clause's opening (宋某是|青禾…, jieba's 是青):
        # the clause read on its own, as its opening word (是, 系, 现任) bounds it
        claims = [shifted_claim(c, start) for c in parse_chain(text[start:stop], stop - start)]
    return tuple(claims) if claims and claims[0].start in opens else ()


def shifted_claim(claim: TitleClaim, by: int) -> TitleClaim:
    """A claim read in a part of the paragraph, its offsets counted from the paragraph."""
    offset = claim.org_offset
    if offset is not None and offset >= 0:  # a negative one: named in an earlier paragraph
        offset += by
    return replace(claim, start=claim.start + by, end=claim.end + by, org_offset=offset)
