"""The people of one article and the titles it gives them.

The rules of :mod:`.rules` run in order of strength over the article's captions and
running text; a weaker rule never takes a span a stronger one found. Names found by the
first rules are then looked for again (repeated names, speakers, 李主席).
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.facts import PersonFact, PositionFact
from gonghui_build.extract.organisations.article import CAPTION_ROLES, TEXT_ROLES, ArticleOrgs
from gonghui_build.extract.people import rules
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.extract.spans import as_written, capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text.chars import without_spaces
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]


def _overlaps(hit: NameHit, taken: list[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in taken)


def _first_hits(paragraphs: Sequence[Paragraph], orgs: ArticleOrgs) -> Hits:
    """Captions and speaker lines; titles before names, names before titles and
    appositions in running text, each span read once."""
    hits: Hits = []
    for p in paragraphs:
        if p.role in CAPTION_ROLES:
            hit = rules.caption_person(p.text)
            if hit:
                hits.append((p, hit))
        elif p.role in TEXT_ROLES:
            tokens = orgs.words_of(p)
            found = rules.titled_names(p.text, tokens)
            taken = [(h.start, h.end) for h in found]
            for extra in (
                rules.names_before_titles(p.text, tokens),
                rules.appositive_names(p.text, tokens),
            ):
                new = [h for h in extra if not _overlaps(h, taken)]
                found += new
                taken += [(h.start, h.end) for h in new]
            hits.extend((p, h) for h in found)
    return hits


def _taken(hits: Hits, p: Paragraph) -> list[tuple[int, int]]:
    return [(h.start, h.end) for q, h in hits if q is p]


def _later_hits(paragraphs: Sequence[Paragraph], hits: Hits) -> Hits:
    """Speakers (…陶文静表示), then names found printed again, and 李主席."""
    hits = list(hits)
    known = {h.name for _, h in hits}
    for p in (p for p in paragraphs if p.role in TEXT_ROLES):
        taken = _taken(hits, p)
        for h in rules.speech_names(p.text, known):
            if not _overlaps(h, taken):
                hits.append((p, h))
                taken.append((h.start, h.end))
    known = {h.name for _, h in hits}
    titles_of: dict[str, set[str]] = {}
    for _, h in hits:
        titles_of.setdefault(h.name, set()).update(c.title_normalised for c in h.claims)
    for p in (p for p in paragraphs if p.role in TEXT_ROLES):
        hits.extend((p, h) for h in rules.repeated_names(p.text, known, _taken(hits, p)))
        taken = _taken(hits, p)
        hits.extend(
            (p, h) for h in rules.surname_titles(p.text, titles_of) if not _overlaps(h, taken)
        )
    return hits


def position_of(
    name: str,
    claim: TitleClaim,
    p: Paragraph,
    span: tuple[int, int],
    confidence: float,
    runs: Sequence[Run],
    orgs: ArticleOrgs,
) -> PositionFact:
    """A title a person holds, as the claim of a title chain states it; ``span`` is the
    stretch of the paragraph the statement covers."""
    org = None
    if claim.org_written:
        org = orgs.resolve_claim(claim.org_written, p, claim.org_offset or 0, claim.from_caption)
    where = span_of(p, *span, runs)
    return PositionFact(
        name,
        claim.title,
        claim.title_normalised,
        claim.org_written,
        _organisation_as_written(p, claim),
        org,
        capped(confidence, where),
        where,
        p.text[where.text_start : where.text_end],
    )


def _organisation_as_written(p: Paragraph, claim: TitleClaim) -> str | None:
    """What the page prints for a claim's organisation, when it prints it in one piece
    (OCR spaces aside); an organisation a chain assembles (青龙湖镇 + 总工会, an
    inherited body + 工会) is given as assembled."""
    if claim.org_written is None or claim.org_offset is None:
        return claim.org_written
    wanted, pos = claim.org_written, claim.org_offset
    end = pos
    while end < len(p.text) and len(without_spaces(p.text[pos:end])) < len(wanted):
        end += 1
    if end == pos or without_spaces(p.text[pos:end]) != wanted:
        return claim.org_written
    return as_written(p, pos, end)


def people_of(
    paragraphs: Sequence[Paragraph], runs: dict[int, list[Run]], orgs: ArticleOrgs
) -> tuple[list[PersonFact], list[PositionFact]]:
    """The people an article names and the positions it states, in reading order."""
    people: list[PersonFact] = []
    positions: list[PositionFact] = []
    for p, h in _later_hits(paragraphs, _first_hits(paragraphs, orgs)):
        here = runs.get(p.seq, [])
        where = span_of(p, h.start, h.end, here)
        source = h.source or MentionSource(p.role)
        written = as_written(p, h.start, h.end) or h.name
        people.append(PersonFact(h.name, source, capped(h.confidence, where), where, written))
        for c in h.claims:
            span = (min(c.start, h.start), max(c.end, h.end))
            positions.append(position_of(h.name, c, p, span, h.confidence, here, orgs))
    return people, positions
