"""Stage 5 — extracted facts: what one article says about people, organisations,
positions, activities and its own date.

Everything here is a pure function of the article's paragraphs. Offsets are in the
paragraph's cleaned text; :mod:`gonghui_build.records` maps them to the page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from gonghui_build import activities as act
from gonghui_build import bylines, dates, organisations, people
from gonghui_build.paragraphs import Paragraph
from gonghui_build.quality import Run
from gonghui_build.tokenizer import tag_tokens

#: Roles whose text is read for people, organisations and activities.
TEXT_ROLES = frozenset({"body", "standfirst", "photo_caption"})
CAPTION_ROLES = frozenset({"portrait_caption", "speaker_line"})
#: Roles whose text names organisations (headline furniture included).
ORG_ROLES = TEXT_ROLES | CAPTION_ROLES | {"kicker", "headline", "subtitle", "section_heading"}
#: Confidence of anything read from a garbled run.
GARBLED_CONFIDENCE = 0.3


@dataclass(frozen=True)
class Where:
    """A span of one paragraph of the article."""

    paragraph: Paragraph
    start: int
    end: int
    in_garbled_run: bool


@dataclass(frozen=True)
class PersonFact:
    name: str
    source: str
    confidence: float
    where: Where


@dataclass(frozen=True)
class OrgFact:
    written: str
    resolved: organisations.Resolved
    confidence: float
    where: Where


@dataclass(frozen=True)
class PositionFact:
    name: str
    title: str
    title_normalised: str
    org_written: str | None
    org: organisations.Resolved | None
    confidence: float
    where: Where  # organisation + title + name


@dataclass(frozen=True)
class AuthorFact:
    name: str
    role: str
    title: str | None
    where: Where


@dataclass
class ActivityFact:
    draft: act.ActivityDraft
    where: Where
    date: dates.ResolvedDate
    organiser: organisations.Resolved | None
    confidence: float
    speakers: list[PersonFact] = field(default_factory=list)


@dataclass
class ArticleFacts:
    date: dates.ArticleDate
    authors: list[AuthorFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    orgs: list[OrgFact] = field(default_factory=list)
    positions: list[PositionFact] = field(default_factory=list)
    activities: list[ActivityFact] = field(default_factory=list)


def _where(paragraph: Paragraph, start: int, end: int, runs: list[Run]) -> Where:
    garbled = any(r.start < end and start < r.end for r in runs)
    return Where(paragraph, start, end, garbled)


def _conf(confidence: float, where: Where) -> float:
    return min(confidence, GARBLED_CONFIDENCE) if where.in_garbled_run else confidence


def _family(counts: Counter, name: str) -> int:
    """Mentions of the bodies inside ``name`` (its union, its committee…)."""
    return sum(n for other, n in counts.items() if other != name and other.startswith(name))


def _resolve_abbreviations(facts: ArticleFacts) -> None:
    """A short form of a name the article also prints in full is that organisation:
    北京汽车有限公司工会 beside 北京汽车集团有限公司工会, 密云区工会 beside 密云区总工会."""
    counts = Counter(f.resolved.name for f in facts.orgs)
    counts.update(p.org.name for p in facts.positions if p.org)
    # an enterprise named only through its union (X工会) can be abbreviated too
    names = set(counts) | {
        n[:-2] for n in counts if n.endswith("工会") and organisations.org_type(n[:-2]) != "other"
    }
    remap = {}
    for short in names:
        fulls = [full for full in names if organisations.is_abbreviation(short, full)]
        # a name printed more often than its "full" form is no abbreviation of it
        # (北京市总工会 beside a misprinted 北京市委总工会)
        if len(fulls) == 1 and counts[short] <= counts[fulls[0]] + _family(counts, fulls[0]):
            remap[short] = fulls[0]
    if not remap:
        return

    def fix(resolved: organisations.Resolved) -> organisations.Resolved:
        if resolved.name not in remap:
            return resolved
        name = remap[resolved.name]
        return replace(
            resolved,
            name=name,
            resolved_by="abbreviation",
            district=organisations.district_of(name),
        )

    facts.orgs[:] = [replace(f, resolved=fix(f.resolved)) for f in facts.orgs]
    facts.positions[:] = [replace(p, org=fix(p.org)) if p.org else p for p in facts.positions]


def article_text(paragraphs: list[Paragraph]) -> str:
    return "\n".join(p.text for p in paragraphs)


def extract_article(
    paragraphs: list[Paragraph], runs: dict[int, list[Run]], article_date: dates.ArticleDate
) -> ArticleFacts:
    """All facts of one article; ``paragraphs`` in reading order, dated by the caller."""
    facts = ArticleFacts(date=article_date)

    # article-wide context for short organisation names: offsets over the whole article
    base: dict[int, int] = {}
    context = organisations.ArticleContext()
    offset = 0
    tokens: dict[int, list] = {}
    spans: dict[int, list[organisations.OrgSpan]] = {}
    for p in paragraphs:
        base[p.seq] = offset
        if p.role in ORG_ROLES:
            tokens[p.seq] = tag_tokens(p.text)
            spans[p.seq] = organisations.find_org_spans(p.text, tokens[p.seq])
            for pos, district in organisations.districts_in(p.text):
                context.districts.append((offset + pos, district))
            for span in spans[p.seq]:
                context.orgs.append((offset + span.start, span.written, span.suffix))
        offset += len(p.text) + 1

    def resolve_org(written: str, p: Paragraph, pos: int, caption: bool):
        resolved = organisations.resolve(written, base[p.seq] + pos, context)
        if resolved is None and caption and written:
            kind = organisations.org_type(written)
            resolved = organisations.Resolved(
                written, "exact", organisations.district_of(written), kind
            )
        return resolved

    # authors
    for p in paragraphs:
        found = []
        if p.role in ("byline", "dateline"):
            found = bylines.parse_byline(p.text)
        elif p.role == "photo_credit":
            found = bylines.parse_credit(p.text)
        for a in found:
            facts.authors.append(
                AuthorFact(a.name, a.role, a.title, _where(p, a.start, a.end, runs.get(p.seq, [])))
            )
            if a.title:
                # a signed article: the author's title is a position
                claims = people.parse_chain(a.title, len(a.title), caption=True)
                for c in claims:
                    org = resolve_org(c.org_written, p, 0, True) if c.org_written else None
                    where = _where(p, a.start, a.end, [])
                    facts.positions.append(
                        PositionFact(
                            a.name, c.title, c.title_normalised, c.org_written, org, 0.9, where
                        )
                    )

    # people named in captions and running text
    hits: list[tuple[Paragraph, people.NameHit]] = []
    for p in paragraphs:
        if p.role in CAPTION_ROLES:
            hit = people.caption_person(p.text)
            if hit:
                hits.append(
                    (
                        p,
                        people.NameHit(
                            hit.name, hit.start, hit.end, p.role, hit.confidence, hit.claims
                        ),
                    )
                )
        elif p.role in TEXT_ROLES:
            text_tokens = tokens.get(p.seq) or tag_tokens(p.text)
            found = people.titled_names(p.text, text_tokens)
            taken = [(h.start, h.end) for h in found]
            for extra in (
                people.names_before_titles(p.text, text_tokens),
                people.appositive_names(p.text, text_tokens),
            ):
                new = [h for h in extra if not any(s < h.end and h.start < e for s, e in taken)]
                found += new
                taken += [(h.start, h.end) for h in new]
            hits.extend((p, h) for h in found)
    known = {h.name for _, h in hits}
    for p in paragraphs:
        if p.role in TEXT_ROLES:
            taken = [(h.start, h.end) for q, h in hits if q is p]
            for h in people.speech_names(p.text, known):
                if not any(s < h.end and h.start < e for s, e in taken):
                    hits.append((p, h))
                    taken.append((h.start, h.end))
    known = {h.name for _, h in hits}
    titles_of: dict[str, set[str]] = {}
    for _, h in hits:
        titles_of.setdefault(h.name, set()).update(c.title_normalised for c in h.claims)
    for p in paragraphs:
        if p.role in TEXT_ROLES:
            taken = [(h.start, h.end) for q, h in hits if q is p]
            hits.extend((p, h) for h in people.repeated_names(p.text, known, taken))
            taken = [(h.start, h.end) for q, h in hits if q is p]
            for h in people.surname_titles(p.text, titles_of):
                if not any(s < h.end and h.start < e for s, e in taken):
                    hits.append((p, h))

    for p, h in hits:
        where = _where(p, h.start, h.end, runs.get(p.seq, []))
        facts.people.append(PersonFact(h.name, h.source, _conf(h.confidence, where), where))
        for c in h.claims:
            org = None
            if c.org_written:
                org = resolve_org(c.org_written, p, c.org_offset or 0, c.from_caption)
            pwhere = _where(p, min(c.start, h.start), max(c.end, h.end), runs.get(p.seq, []))
            facts.positions.append(
                PositionFact(
                    h.name,
                    c.title,
                    c.title_normalised,
                    c.org_written,
                    org,
                    _conf(h.confidence, pwhere),
                    pwhere,
                )
            )

    # organisations
    seen: set[tuple[int, int]] = set()
    for p in paragraphs:
        if p.role not in ORG_ROLES:
            continue
        for span in spans.get(p.seq, []):
            if span.suffix in organisations.PLACE_SUFFIXES:
                continue  # a street or town named as a place
            resolved = organisations.resolve(span.written, base[p.seq] + span.start, context)
            if resolved is None:
                continue
            where = _where(p, span.start, span.end, runs.get(p.seq, []))
            facts.orgs.append(OrgFact(span.written, resolved, _conf(0.85, where), where))
            seen.add((p.seq, span.start))
    for pos in facts.positions:
        if pos.org is None or pos.org_written is None:
            continue
        p = pos.where.paragraph
        start = p.text.rfind(pos.org_written, 0, pos.where.end)
        if start < 0 or (p.seq, start) in seen:
            continue
        seen.add((p.seq, start))
        where = _where(p, start, start + len(pos.org_written), runs.get(p.seq, []))
        facts.orgs.append(OrgFact(pos.org_written, pos.org, _conf(0.8, where), where))

    _resolve_abbreviations(facts)

    # activities
    body = [p for p in paragraphs if p.role in ("body", "standfirst")]
    for draft in act.find_activities([p.text for p in body]):
        p = body[draft.paragraph]
        where = _where(p, draft.name_start, draft.trigger_end, runs.get(p.seq, []))
        when = (
            dates.resolve(draft.date, article_date)
            if draft.date
            else dates.ResolvedDate(None, None, None, None, "none")
        )
        organiser = None
        if draft.organiser_text:
            organiser = organisations.resolve(
                draft.organiser_text, base[p.seq] + (draft.organiser_offset or 0), context
            )
        confidence = 0.8 if draft.name and len(draft.name) > len(draft.trigger) else 0.6
        facts.activities.append(
            ActivityFact(draft, where, when, organiser, _conf(confidence, where))
        )
    return facts
