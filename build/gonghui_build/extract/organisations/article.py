"""The organisations of one article: every name found, read against the article, and a
short form merged with the full name the article also prints.

:class:`ArticleOrgs` is built once per article: the names its paragraphs hold, the
districts it names, and the offsets that place each paragraph in the article's text,
so that a short form (区总工会) is read against what comes before it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import OrgFact, PositionFact, ResolvedOrg
from gonghui_build.extract.organisations import context
from gonghui_build.extract.organisations.abbreviated_units import (
    enterprises_of_units,
    units_of_abbreviated,
)
from gonghui_build.extract.organisations.abbreviations import abbreviations
from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.article_places import counties_in, places_in
from gonghui_build.extract.organisations.branch_lists import with_parent_branches
from gonghui_build.extract.organisations.branches_alone import branch_unions_alone
from gonghui_build.extract.organisations.brand_forms import brands_printed, companies_by_brand
from gonghui_build.extract.organisations.contest_sectors import without_contest_sectors
from gonghui_build.extract.organisations.corps_units import with_corps_units
from gonghui_build.extract.organisations.counted_lists import without_list_counts
from gonghui_build.extract.organisations.departments_listed import listed_departments, outside
from gonghui_build.extract.organisations.firm_lists import listed_firms, without_parents_of_firms
from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.indefinite import repeats_an_unnamed_body
from gonghui_build.extract.organisations.level_lists import with_level_bodies
from gonghui_build.extract.organisations.lists import shared_suffix_members
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.names import (
    current_name,
    district_of,
    org_type,
    suffix_of,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.shortforms import referred_generic_forms, short_names
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.extract.organisations.units_listed import units_alone
from gonghui_build.extract.people.rolls import ROW_NUMBER, spaced_breaks
from gonghui_build.extract.people.rosters import without_roster_name
from gonghui_build.extract.spans import as_written, capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text import gazetteer, places
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import OrgType, ResolvedBy

#: Roles whose text is read for people, organisations and activities.
TEXT_ROLES = frozenset({"body", "standfirst", "photo_caption"})
CAPTION_ROLES = frozenset({"portrait_caption", "speaker_line"})
#: Roles whose text names organisations (headline furniture included).
ORG_ROLES = TEXT_ROLES | CAPTION_ROLES | {"kicker", "headline", "subtitle", "section_heading"}


@dataclass(frozen=True)
class ArticleOrgs:
    """The organisation names of an article and what they are read against."""

    base: dict[int, int]  # paragraph seq → offset of its text in the article's text
    tokens: dict[int, list[Token]]  # paragraph seq → its words (organisation roles)
    spans: dict[int, list[OrgSpan]]  # paragraph seq → the names found in it
    context: ArticleContext
    #: paragraph seq → short names with no suffix (市总, 全总), mentions only
    short: dict[int, list[OrgSpan]] = field(default_factory=dict)
    #: paragraph seq → firms listed by short names before 等N家企业 (:mod:`.firm_lists`)
    firms: dict[int, list[OrgSpan]] = field(default_factory=dict)
    #: paragraph seq → departments a body lists as set up inside it (:mod:`.departments_listed`)
    departments: dict[int, list[OrgSpan]] = field(default_factory=dict)

    def resolve(self, written: str, p: Paragraph, pos: int) -> ResolvedOrg | None:
        """The organisation ``written`` at ``pos`` of paragraph ``p``."""
        return context.resolve(written, self.base[p.seq] + pos, self.context)

    def resolve_claim(self, written: str, p: Paragraph, pos: int, caption: bool):
        """An organisation a title is held at; in a caption it is taken as printed when
        the article does not say more."""
        resolved = self.resolve(written, p, pos)
        if resolved is None and caption and written:
            return ResolvedOrg(written, ResolvedBy.exact, district_of(written), org_type(written))
        return resolved or _group_by_short_name(written)

    def words_of(self, p: Paragraph) -> list[Token]:
        return self.tokens.get(p.seq) or tag_tokens(p.text)

    def body_starts(self, p: Paragraph) -> frozenset[int]:
        """Where the bodies named in ``p`` start: a list of names stops at one."""
        return frozenset(k.start for k in self.spans.get(p.seq, []))


def _group_by_short_name(written: str) -> ResolvedOrg | None:
    """A company of the gazetteer by a short name of two characters it lists (东航, 国航)
    as the body of a title printed right after it (东航机长某某): the mention reading
    leaves such a name alone, as one often opens a compound (首钢园区: ``context``'s
    public bodies), but a title's body ends where the title begins, so the name is
    whole there. Kept as printed, as a longer short name of a group is (四川航空, 京能集团)."""
    body = gazetteer.lookup(written)
    if body is None or body.parent is not None or body.name == written:
        return None
    if OrgType(body.type) != OrgType.company:
        return None
    return ResolvedOrg(written, ResolvedBy.exact, district_of(written), OrgType.company)


def read_article_orgs(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]] | None = None,
    page: ArticleContext | None = None,
) -> ArticleOrgs:
    """Every name and district of the article, by offset in the article's text (its
    paragraphs joined with a newline); the model proposes no name in a garbled run;
    ``page``: what the article's page names (:func:`~.article_places.page_places`)."""
    runs = runs or {}
    base: dict[int, int] = {}
    tokens: dict[int, list[Token]] = {}
    spans: dict[int, list[OrgSpan]] = {}
    short: dict[int, list[OrgSpan]] = {}
    firms: dict[int, list[OrgSpan]] = {}
    departments: dict[int, list[OrgSpan]] = {}
    districts: list[tuple[int, str]] = []
    names: list[tuple[int, str]] = []
    found: list[places.PlaceMention] = []
    counties: list[places.PlaceMention] = []
    offset = 0
    article = "\n".join(p.text for p in paragraphs)  # the text ``offset`` counts in
    for p in paragraphs:
        base[p.seq] = offset
        if p.role in ORG_ROLES:
            tokens[p.seq] = tag_tokens(p.text)
            garbled = [(r.start, r.end) for r in runs.get(p.seq, [])]
            grammar = find_org_spans(p.text, tokens[p.seq])
            found_here = with_model(p.text, grammar, tokens[p.seq], garbled)
            found_here = without_contest_sectors(p.text, found_here, tokens[p.seq])
            found_here = with_units(p.text, found_here, tokens[p.seq])
            found_here = with_corps_units(p.text, found_here)
            # the page's lost spaces; a table's numbered row sets more cells apart than
            # the name (性别, 民族 before the unit): its spaces tell not where the unit starts
            breaks = frozenset() if ROW_NUMBER.match(p.text) else spaced_breaks(p)
            found_here = without_roster_name(p.text, found_here, tokens[p.seq], breaks)
            found_here = without_list_counts(p.text, found_here, tokens[p.seq])
            found_here = shared_suffix_members(p.text, found_here, tokens[p.seq])
            found_here = with_level_bodies(p.text, found_here, tokens[p.seq])
            found_here = with_parent_branches(p.text, found_here)
            departments[p.seq] = listed_departments(p.text, found_here)
            found_here = outside(found_here, departments[p.seq])
            earlier = names + [(offset + s.start, s.written) for s in found_here]
            spans[p.seq] = referred_generic_forms(p.text, offset, found_here, earlier)
            spans[p.seq] = branch_unions_alone(p.text, offset, spans[p.seq], earlier)
            spans[p.seq] = units_alone(p.text, offset, spans[p.seq], earlier, tokens[p.seq])
            spans[p.seq] = _named_bodies(spans[p.seq], article, offset)
            short[p.seq] = short_names(p.text, spans[p.seq], tokens[p.seq])
            short[p.seq] = outside(short[p.seq], departments[p.seq])
            firms[p.seq] = listed_firms(p.text, spans[p.seq] + short[p.seq], tokens[p.seq])
            spans[p.seq] = without_parents_of_firms(spans[p.seq], firms[p.seq])
            districts += [(offset + pos, d) for pos, d in lexicon.places().districts_in(p.text)]
            names += [(offset + s.start, s.written) for s in spans[p.seq]]
            found += places_in(p.text, tokens[p.seq], offset)
            counties += counties_in(p.text, tokens[p.seq], offset)
        offset += len(p.text) + 1
    if not (found or districts) and (page is None or not (page.places or page.districts)):
        found = counties
    brands = brands_printed(article, names)
    where = ArticleContext(tuple(districts), tuple(names), tuple(found), page, brands=brands)
    return ArticleOrgs(base, tokens, spans, where, short, firms, departments)


def _named_bodies(spans: list[OrgSpan], article: str, offset: int) -> list[OrgSpan]:
    """``spans`` (of the paragraph at ``offset`` in the ``article``'s text) but for a bare
    repeat of a body an indefinite numeral introduced before (一家藏毯厂 … 藏毯厂:
    :func:`.indefinite.repeats_an_unnamed_body`)."""
    return [s for s in spans if not repeats_an_unnamed_body(s.written, article[: offset + s.start])]


def org_facts(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]],
    orgs: ArticleOrgs,
    positions: Sequence[PositionFact],
) -> list[OrgFact]:
    """The organisation mentions of an article: each name found, and each organisation
    a title names that the text prints where no name, or a shorter one, was found (the
    department of a body: 某市总工会|财务部部长). A short form a title chain completed
    (某省人大常委会副主任、省总工会主席) is the chain's organisation."""
    facts: list[OrgFact] = []
    seen: dict[tuple[int, int], int] = {}  # (paragraph, start) → the longest name's end
    unions = _unions_of_titles(paragraphs, positions)
    printed = _printed_orgs_of_titles(paragraphs, positions)
    by_seq = {p.seq: p for p in paragraphs}
    for p in paragraphs:
        listed = orgs.departments.get(p.seq, [])
        for found in orgs.spans.get(p.seq, []) + orgs.short.get(p.seq, []) + listed:
            if found.suffix in words("place_suffixes"):
                continue  # a street or town named as a place
            if (p.seq, found.start, found.written) in unions:
                continue  # X公司|工会主席: the union holds the title, not the enterprise
            held = printed.get((p.seq, found.start, found.end))
            resolved = held or orgs.resolve(found.written, p, found.start)
            if resolved is None:
                continue
            facts.append(_mention(p, found.start, found.end, found.written, resolved, runs))
            seen[p.seq, found.start] = max(found.end, seen.get((p.seq, found.start), 0))
    for (seq, start, end), org in printed.items():
        if seen.get((seq, start), 0) >= end:
            continue
        seen[seq, start] = end
        p = by_seq[seq]
        facts.append(_mention(p, start, end, p.text[start:end], org, runs, 0.8))
    for p in paragraphs:
        for firm in orgs.firms.get(p.seq, []):
            listed = ResolvedOrg(firm.written, ResolvedBy.exact, None, OrgType.company)
            facts.append(_mention(p, firm.start, firm.end, firm.written, listed, runs, 0.7))
    for p, start, end, company in companies_by_brand(paragraphs, facts):
        facts.append(_mention(p, start, end, p.text[start:end], company, runs, 0.7))
    return facts


def _printed_orgs_of_titles(
    paragraphs: Sequence[Paragraph], positions: Sequence[PositionFact]
) -> dict[tuple[int, int, int], ResolvedOrg]:
    """(paragraph, start, end) of the text each title's organisation is printed as, and
    the organisation: its name printed whole, or the short form or department the
    chain completed, printed at the opening of a segment of the chain."""
    by_seq = {p.seq: p for p in paragraphs}
    out: dict[tuple[int, int, int], ResolvedOrg] = {}
    for pos in positions:
        if pos.org is None or not pos.org_written:
            continue
        p = by_seq[pos.span.paragraph]
        found = _printed_form(pos, p.text)
        if found is not None:
            out.setdefault((p.seq, found[0], found[0] + len(found[1])), pos.org)
    return out


def _printed_form(pos: PositionFact, text: str) -> tuple[int, str] | None:
    """Where and as what the organisation of a title is printed: whole, or the end of
    its name (a department, a short form: 权益保障部, 省总工会) right after a separator
    of the chain, when the chain placed it in the body before (某市总工会副主席张三、
    权益保障部部长李四: 权益保障部 is 某市总工会权益保障部)."""
    written = pos.org_written or ""
    whole = text.rfind(written, 0, pos.span.text_end)
    if whole >= 0:
        return whole, written
    start, end = pos.span.text_start, pos.span.text_end
    for k in range(1, len(written) - 1):
        at = text.find(written[k:], start, end)
        if at >= 0 and (at == start or text[at - 1] in "、，,"):
            return at, written[k:]
    return None


def _unions_of_titles(
    paragraphs: Sequence[Paragraph], positions: Sequence[PositionFact]
) -> set[tuple[int, int, str]]:
    """(paragraph, offset, enterprise) of each enterprise printed as part of the union a
    title is held at (北京某公司工会主席): the text names the union, not the enterprise."""
    union = words("union_suffix").words[0]
    by_seq = {p.seq: p for p in paragraphs}
    out: set[tuple[int, int, str]] = set()
    for pos in positions:
        written = pos.org_written
        if not written or not written.endswith(union) or len(written) == len(union):
            continue
        p = by_seq[pos.span.paragraph]
        start = p.text.rfind(written, 0, pos.span.text_end)
        if start >= 0:
            out.add((p.seq, start, written[: -len(union)]))
    return out


def _mention(p, start, end, written, resolved, runs, confidence=0.85) -> OrgFact:
    """A mention of ``written`` printed at ``start:end`` (a shared suffix's member:
    only its place is printed there)."""
    where = span_of(p, start, end, runs.get(p.seq, []))
    printed = as_written(p, start, end)
    return OrgFact(written, printed, resolved, capped(confidence, where), where)


def merge_abbreviations(
    orgs: list[OrgFact], positions: list[PositionFact]
) -> tuple[list[OrgFact], list[PositionFact]]:
    """A short form of a name the article also prints in full is that organisation:
    北京汽车有限公司工会 beside 北京汽车集团有限公司工会, 密云区工会 beside 密云区总工会."""
    resolved = [f.resolved for f in orgs] + [p.org for p in positions if p.org]
    # how often each name is printed: a short form read in context (集团工会 after
    # 通衢集团) does not make 通衢集团工会 a printed name
    printed = Counter(r.name for r in resolved if r.resolved_by != ResolvedBy.context)
    names = {r.name for r in resolved}
    # an enterprise named only through its union (X工会) can be abbreviated too
    union = words("union_suffix").words[0]
    names |= {
        n[: -len(union)]
        for n in names
        if n.endswith(union) and org_type(n[: -len(union)]) != OrgType.other
    }
    names |= enterprises_of_units(names)  # …有限公司焊接班: the company, abbreviated too
    former = _former_federation_names(names)
    names -= set(former)
    remap = abbreviations(names, printed, weigh_every_name=False) | _printed_short_forms(resolved)
    remap |= former
    remap |= _departments_of_abbreviated(names, remap)
    remap |= units_of_abbreviated(names, remap)
    if not remap:
        return orgs, positions

    def full(r: ResolvedOrg) -> ResolvedOrg:
        if r.name not in remap:
            return r
        name = remap[r.name]
        return replace(
            r, name=name, resolved_by=ResolvedBy.abbreviation, district=district_of(name)
        )

    return (
        [replace(f, resolved=full(f.resolved)) for f in orgs],
        [replace(p, org=full(p.org)) if p.org else p for p in positions],
    )


def _departments_of_abbreviated(names: set[str], remap: dict[str, str]) -> dict[str, str]:
    """区总工会女职工委员会 read back as 某区总工会女职工委员会 beside 某市某区总工会: a
    department (``departments``) of a body whose name is a short form of one the article
    prints in full is that full body's department, as the body itself is (a roster's
    committee under a union the report names in full in its first sentence only). So is
    an enterprise's union (``union_suffix``) read back from the enterprise's short form
    (在某某集团，工会主席某某: 某某集团工会 beside 某某新材料集团有限公司 is that
    company's union, the full name the article printed)."""
    out: dict[str, str] = {}
    for name in sorted(names):
        department = words("departments").ending(name) or words("union_suffix").ending(name)
        if name in remap or not department or len(department) == len(name):
            continue
        body = name[: -len(department)]
        if body in remap:
            out[name] = remap[body] + department
    return out


def _former_federation_names(names: set[str]) -> dict[str, str]:
    """某县工会联合会, 某县工会 beside 某县总工会: a place's federation under its former
    name (a yearbook's history of the body) or its informal one is that federation, as
    the annotation guidelines give renamed bodies their current name; so is a renamed
    county's 县工会 beside the federation read under the district's current name
    (双城县工会 beside 哈尔滨市双城区总工会, ``reference/renamings.yaml``)."""
    federation = words("federation_suffix").words[0]
    out: dict[str, str] = {}
    for name in names:
        former = words("federation_other_names").ending(name)
        place = name[: -len(former)] if former else ""
        if not place:
            continue
        current, renamed = current_name(place + federation, OrgType.union_federation)
        if current in names and (renamed or places.lookup(place)):
            out[name] = current
    return out


def _printed_short_forms(resolved: list[ResolvedOrg]) -> dict[str, str]:
    """区委, 县总工会 kept as printed (the text names no place for them) beside the one
    fuller name of the article that ends with them (a byline's 某区委书记): that body; so
    is a department printed bare (女工委员会 after 某厂工会女工委员会, ``departments``)."""
    names = {r.name for r in resolved}
    out: dict[str, str] = {}
    for r in resolved:
        level = words("place_markers").starting(r.name)
        rest = r.name[len(level) :] if level else ""
        short = (rest and suffix_of(rest) == rest) or r.name in words("parallel_bodies")
        short = short or r.name in words("departments")
        if r.resolved_by != ResolvedBy.exact or not short:
            continue
        longer = [n for n in names if n != r.name and n.endswith(r.name)]
        if len(longer) == 1:
            out[r.name] = longer[0]
    return out
