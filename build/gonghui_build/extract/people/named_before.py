"""Titles printed with no body of their own, held at the body the article named just
before, as a reader takes them.

- a unit's head (``…来到县职工法律援助站。站长某某…``): the title names no body, yet the
  unit named last before it ends as the units it heads end (站; ``titles.yaml``:
  unit_heads);
- a union's post of no body but the word 工会 (``…到青禾电气有限公司调研，工会主席某某``):
  the union of the enterprise or institution named last before it, or that union itself
  when the article named it (``青禾电气有限公司工会举行会员大会。工会主席某某…``: in
  the paragraph before, only an enterprise's or institution's own union);
- a unit printed without its body (``…技能比武决赛。铸锻分厂电焊工某某``): the unit of the
  enterprise named last before it (``org_suffixes.yaml``: units_printed_alone), or, with
  no body named in its paragraph or the one before, of the enterprise an enterprise's
  own report is about (某集团召开职代会 … 会上还表彰了…，运行分公司司炉班班长某某: the
  tuning gold of a heating group's congress, real_dev12, s39 devfix4);
- a chain of a unit's head or a union's post and a post of a body inside an
  organisation, all of no body (``…来到某中医院。党组书记、常务副院长某某…``, ``…某公司
  召开职代会。党委副书记、工会主席某某…``): the inner body's post is held at the body the
  head's or the union's title was read at;
- a chain of no body with a post only an enterprise has (``…某集团召开职代会。党委委员、
  副总经理、工会主席某某``; ``监事会主席某某``): the company named last before it holds
  that post and the chain's posts of the bodies it has beside its union (``titles.yaml``:
  enterprise_posts, enterprise_inner_bodies);
- a chain of a union's officers' titles of no body at all (``县总工会党组成员某某介绍
  …。党组书记、常务副主席某某强调``): the union named last before it
  (``titles.yaml``: union_officers).

Only the last body named before the title is read (in its paragraph, else the paragraph
before): when a body of another kind comes between, the title is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.names import suffix_of, suffix_types
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.article_unions import RUNNING_TEXT_MARKS
from gonghui_build.extract.people.bare_union_posts import (
    at_bodys_union,
    bodys_own_union,
    committee_post_at_bodys_union,
    women_committee_at_union,
)
from gonghui_build.extract.people.chain_inherits import enterprise_post, headed_unit
from gonghui_build.extract.people.described import PARTS, opening_unit_alone
from gonghui_build.extract.people.guest_bodies import host_over_guest
from gonghui_build.extract.people.name_notes import BRACKETED_NOTE, outside_post_notes
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.sections_alone import institution_named, section_before
from gonghui_build.extract.people.sibling_branches import enterprise_of_sibling
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.extract.people.town_heads import at_town_of_head
from gonghui_build.extract.people.union_committee_posts import officers_chain
from gonghui_build.extract.people.unit_heads_earlier import heads_at_unit_named_earlier
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.chars import without_spaces
from gonghui_build.vocabulary import UNION_TYPES, OrgType


def _last_body_before(
    p: Paragraph, before: Paragraph | None, start: int, orgs: ArticleOrgs
) -> tuple[OrgSpan, int] | None:
    """The last body named before ``start`` of ``p`` (or, where ``p`` names none
    before it, the last ``before`` names), with its offset counted from ``p``'s start."""
    here = [k for k in outside_post_notes(p.text, orgs.spans.get(p.seq, [])) if k.end <= start]
    if here:
        last = max(here, key=lambda k: k.end)
        return last, last.start
    if before is None or not orgs.spans.get(before.seq):
        return None
    last = max(orgs.spans[before.seq], key=lambda k: k.end)
    return last, last.start + orgs.base[before.seq] - orgs.base[p.seq]


def _unit_endings(unit: str) -> tuple[str, ...]:
    """The endings of the units a head of ``unit`` heads: ``unit`` itself and the full
    form it is the short form of (校 → 大学: a 副校长 of no body after the article names a
    university is that university's, as 校党委书记 is; ``titles.yaml``:
    enterprise_short_forms)."""
    full = lexicon.keyed("titles.yaml", "enterprise_short_forms").get(unit)
    return (unit,) if full is None else (unit, full)


def _at_unit(claim: TitleClaim, found: tuple[OrgSpan, int] | None) -> TitleClaim:
    unit = headed_unit(claim.title_normalised)
    if claim.org_written is not None or unit is None or found is None:
        return claim
    if not found[0].written.endswith(_unit_endings(unit)):
        return claim
    return replace(claim, org_written=found[0].written, org_offset=found[1])


def _enterprise_posts_at_company(
    claims: tuple[TitleClaim, ...], found: tuple[OrgSpan, int] | None, text: str
) -> tuple[TitleClaim, ...]:
    """A chain of no body that prints a post only an enterprise has (…某集团召开职代会。
    党委书记、董事长某某; …某集团组织监事培训。监事会主席某某) after the article names
    a company: that post and the chain's posts of the bodies an enterprise has beside
    its union (党委委员) are held at the company, as a reader takes them. A chain opened
    by a section printed alone (某公司总经理甲，某事业部|总经理乙) is the section's
    (:func:`_at_company_section`), not the company's itself."""
    if found is None or found[0].type != OrgType.company or not claims:
        return claims
    if any(c.org_written is not None for c in claims):
        return claims
    if section_before(text, claims[0]) is not None:
        return claims
    if not any(enterprise_post(c.title_normalised) for c in claims):
        return claims
    return tuple(
        replace(c, org_written=found[0].written, org_offset=found[1])
        if _held_at_enterprise(c.title_normalised)
        else c
        for c in claims
    )


def _held_at_enterprise(title: str) -> bool:
    """A post of an enterprise's own (副总经理) or of a body it has beside its union
    (党委委员: ``titles.yaml`` enterprise_inner_bodies)."""
    inner = lexicon.words("titles.yaml", "enterprise_inner_bodies")
    return enterprise_post(title) or inner.starting(title) is not None


def _inner_posts_at_head(
    claims: tuple[TitleClaim, ...],
    bare: tuple[TitleClaim, ...],
    found: tuple[OrgSpan, int] | None,
) -> tuple[TitleClaim, ...]:
    """A chain of no body that prints a post of a body inside an organisation beside a
    title read at the body named before (…来到某中医院。党组书记、常务副院长某某…; …某公司
    召开职代会。党委副书记、工会主席某某…): the inner body's post (``titles.yaml``
    inner_bodies: 党组, 党委…) is held at that body, as a reader takes one person's
    chain of posts there; beside the body's union post, only a post of a body the
    enterprise has beside its union (enterprise_inner_bodies), held at the enterprise."""
    read = [c for c, b in zip(claims, bare, strict=True) if c != b]
    if found is None or not read:
        return claims
    body, union = found[0].written, lexicon.titles().union_body
    if any(headed_unit(c.title_normalised) for c in read):
        inner = lexicon.words("titles.yaml", "inner_bodies")
    elif found[0].type in UNION_TYPES and bodys_own_union(body):
        body, inner = body[: -len(union)], None
    elif any((c.org_written or "").startswith(body + union) for c in read):
        inner = None
    else:
        return claims
    return tuple(
        replace(c, org_written=body, org_offset=found[1])
        if c.org_written is None
        and (
            _held_at_enterprise(c.title_normalised)
            if inner is None
            else inner.starting(c.title_normalised)
        )
        else c
        for c in claims
    )


def _at_enterprise_unit(claim: TitleClaim, found: tuple[OrgSpan, int] | None) -> TitleClaim:
    """A unit printed without its body (铸锻分厂电焊工某某) is the unit of the enterprise
    named last before it, or of the enterprise whose own union was (某公司工会 reporting
    its branch works); left as printed after any other body."""
    body = enterprise_of_sibling(_enterprise_named(found), claim.org_written)
    if not claim.unit_alone or body is None:
        return claim
    return replace(claim, org_written=_unit_of(body, claim.org_written or ""), org_offset=-1)


def _unit_of(body: str, unit: str) -> str:
    """``unit`` of ``body``: a unit printed after its body's kind word (集团熔炼分厂 after
    某某集团: ``org_suffixes.yaml`` bare) is printed with the body's short form, and
    the kind word is the body, not a second part of the name (某某集团熔炼分厂, never
    某某集团集团熔炼分厂)."""
    kinds = sorted(lexicon.words("org_suffixes.yaml", "bare").words, key=len, reverse=True)
    kind = next((k for k in kinds if unit.startswith(k) and body.endswith(k)), "")
    return body + unit[len(kind) :]


def _enterprise_named(found: tuple[OrgSpan, int] | None) -> str | None:
    """The enterprise a body named before is, or whose own union it is (某公司工会
    reporting its units); None for any other body, a federation among them (某开发区
    总工会 is no enterprise's union: its 总 is no enterprise's name)."""
    if found is None:
        return None
    body = found[0].written
    if found[0].type == OrgType.union and bodys_own_union(body):
        return body[: -len(lexicon.titles().union_body)]
    return body if found[0].type == OrgType.company else None


def _officers_at_union(
    claims: tuple[TitleClaim, ...], found: tuple[OrgSpan, int] | None, name_start: int
) -> tuple[TitleClaim, ...]:
    """A chain of union officers' titles of no body, held at the union named before. A
    post at a body of its own after the name (主席 某某（市人大常委会副主任兼）: a roster's
    note of the holder's other post) is no part of the chain before it, and stays."""
    before = tuple(c for c in claims if c.end <= name_start)
    noted = before != claims and all(c.org_written for c in claims if c not in before)
    chain = before if before and noted else claims
    if found is None or found[0].type not in UNION_TYPES or not chain:
        return claims
    if not officers_chain(chain):
        return claims
    held = {c: replace(c, org_written=found[0].written, org_offset=found[1]) for c in chain}
    return tuple(held.get(c, c) for c in claims)


def _apart(p: Paragraph, found: tuple[OrgSpan, int] | None, start: int) -> bool:
    """Whether the body found stands apart from the title at ``start`` (in a clause
    before it, or the paragraph before): a body glued to the title (某公司工会会副主席,
    OCR doubling a character) is the chain's own, which its reading rejected."""
    if found is None:
        return False
    end = found[1] + len(found[0].written)
    return end <= 0 or any(ch in PARTS for ch in p.text[end:start])


def _each_at_body(claim: TitleClaim, found: tuple[OrgSpan, int] | None) -> TitleClaim:
    """One title of no body of its own held at the body named before, where its shape
    says so: a unit's head, a union's post, a unit printed alone (the module docstring's
    shapes of one title; a title after the unit's short form, 院党委书记 after a named
    医院, is read back to the unit with the organisations: ``titles.yaml``
    enterprise_short_forms)."""
    steps = (_at_unit, at_bodys_union, committee_post_at_bodys_union, women_committee_at_union)
    for step in (*steps, _at_enterprise_unit):
        claim = step(claim, found)
    return claim


def _at_company_section(
    claims: tuple[TitleClaim, ...],
    p: Paragraph,
    found: tuple[OrgSpan, int] | None,
    orgs: ArticleOrgs,
) -> tuple[TitleClaim, ...]:
    """A title of no body after a section printed alone (配送部经理某某) is held at the
    section of the company the article named last before it, or whose own union it
    named, or of a hospital named so (护理部主任某某: :func:`.sections_alone.
    section_before`); after any other body, or where the section is a body the
    organisations read themselves (财政部), the title is left as it was. The word of the
    body's kind opening the section (公司财务部, 厂生产部: unit_openers) is the body's."""
    body = _enterprise_named(found) or institution_named(found)
    if body is None:
        return claims
    out: list[TitleClaim] = []
    text, bodies = p.text, orgs.body_starts(p)
    held: str | None = None  # the section the chain's first post was placed at
    for c in claims:
        found_at = section_before(text, c)
        k, end = found_at or (0, 0)
        section = text[k:end] if found_at is not None and k not in bodies else ""
        kind = lexicon.words("org_suffixes.yaml", "unit_openers").starting(section) or ""
        if kind and body.endswith(kind[-1]) and section != kind:
            section = section[len(kind) :]  # 公司|财务部 after 某有限公司: not 公司 twice
        if section:
            c = replace(c, org_written=body + section, org_offset=-1, start=k)
            held = c.org_written if not out else held
        elif held and c.org_written is None:
            c = replace(c, org_written=held, org_offset=-1)  # 某部党总支书记、总经理: the chain's
        out.append(c)
    return tuple(out)


def _read_in_full(
    found: tuple[OrgSpan, int] | None, p: Paragraph, orgs: ArticleOrgs
) -> tuple[OrgSpan, int] | None:
    """The union found, bare or short (…工会组织比武。质检部检验员某某; 院工会…。心内科护士长
    某某), read as the union the article names in full (某公司工会, 某医院工会); else as found."""
    if found is None or found[0].type != OrgType.union:
        return found
    resolved = orgs.resolve(found[0].written, p, found[1])
    if resolved is None or resolved.name == found[0].written:
        return found
    return replace(found[0], written=resolved.name), found[1]


def _reports_enterprise(orgs: ArticleOrgs) -> tuple[OrgSpan, int] | None:
    """The enterprise an enterprise's own report is about: the first body the article
    names (its headline's 某公司工会2011年工作总结), where it is an enterprise or its own
    union; None for any other article."""
    named = [k for seq in sorted(orgs.spans) for k in orgs.spans[seq]]
    if not named:
        return None
    union = lexicon.titles().union_body
    stem = named[0].written.removesuffix(union)
    return (named[0], -1) if suffix_types().get(suffix_of(stem) or "") == OrgType.company else None


def _with_bodies(
    h: NameHit,
    p: Paragraph,
    before: Paragraph | None,
    orgs: ArticleOrgs,
    reported: tuple[OrgSpan, int] | None,
) -> NameHit:
    """``h`` with its titles held at the bodies named before them; ``reported`` is the
    enterprise the article reports on (:func:`_reports_enterprise`), read once an article."""
    if not h.claims:
        return h
    start = min(c.start for c in h.claims)
    found = _last_body_before(p, before, start, orgs)
    apart = _apart(p, found, start)
    found = host_over_guest(found, reported, p.text, h.claims, before) if apart else None
    claims = tuple(opening_unit_alone(p.text, c) for c in h.claims)
    claims = _officers_at_union(claims, found, h.start)
    claims = tuple(_each_at_body(c, found) for c in claims)
    if found is None:  # no body since the last paragraph: the report's own enterprise's unit
        claims = tuple(_at_enterprise_unit(c, reported) for c in claims)
    claims = _inner_posts_at_head(claims, tuple(h.claims), found)
    claims = at_town_of_head(_enterprise_posts_at_company(claims, found, p.text))
    near = _read_in_full(found, p, orgs) if found else reported
    claims = _at_company_section(claims, p, near, orgs)
    claims = heads_at_unit_named_earlier(claims, p, orgs, _unit_endings)
    return h if claims == tuple(h.claims) else replace(h, claims=claims)


def held_at_bodies_named_before(
    paragraphs: Sequence[Paragraph], hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs
) -> list[tuple[Paragraph, NameHit]]:
    """The hits, each title of no body of its own held at the body named just before
    it, where the module docstring's shapes say so."""
    before = _paragraphs_before(paragraphs, orgs)
    reported = _reports_enterprise(orgs)
    return [(p, _with_bodies(h, p, before.get(p.seq), orgs, reported)) for p, h in hits]


#: Roles of a paragraph that only says where the report comes from (本报讯, 本报记者某某):
#: naming no body, it stands between the headline and the text without parting them.
_PASSED_OVER = frozenset({"dateline"})


def _paragraphs_before(
    paragraphs: Sequence[Paragraph], orgs: ArticleOrgs
) -> dict[int, Paragraph | None]:
    """The paragraph before each one, past a dateline that names no body: the headline's
    body (某县总工会召开全委会 | 本报讯 | …主席某某作报告) is the one named before the text."""
    before: dict[int, Paragraph | None] = {}
    prev: Paragraph | None = None
    for q in paragraphs:
        before[q.seq] = prev
        passed = q.role in _PASSED_OVER or _officer_line(q.text)
        if roster_heading(q.text):
            continue  # 【领导成员】: the roster's own head, naming no body
        if not passed or _names_outside_notes(q, orgs):
            prev = q
    return before


def roster_heading(text: str) -> bool:
    """``【领导成员】``, ``领导班子成员``: a yearbook entry's head that is only a word
    naming a body's officers as a group (``titles.yaml`` collective_titles), alone on
    its line; the roster under it is of the body the entry before named."""
    compact = without_spaces(text).strip("【】[]：:")
    return compact in lexicon.words("titles.yaml", "collective_titles")


def _names_outside_notes(q: Paragraph, orgs: ArticleOrgs) -> bool:
    """Whether ``q`` names a body outside a bracketed note: an officer roster's line
    (主席　甲（市人大常委会副主任兼）) names its holder's other post in one, which parts
    no line after it from the union the roster is of."""
    notes = [m.span() for m in BRACKETED_NOTE.finditer(q.text)]
    spans = orgs.spans.get(q.seq, [])
    return any(not any(a <= k.start and k.end <= b for a, b in notes) for k in spans)


def _officer_line(text: str) -> bool:
    """``副主席　某某``: a line of a yearbook's officer roster, a union officer's title
    (``titles.yaml`` union_officers) and a name, no running text. Naming no body, it
    parts no line after it from the union the roster's heading names (某市总工会 over
    主席 甲 | 副主席 乙 | 副主席 丙), as a dateline parts no text from its headline."""
    if any(mark in BRACKETED_NOTE.sub("", text) for mark in RUNNING_TEXT_MARKS):
        return False  # a holder's note (甲（女，兼职）) is no running text
    compact = without_spaces(text)
    return any(compact.startswith(t) for t in lexicon.words("titles.yaml", "union_officers"))
