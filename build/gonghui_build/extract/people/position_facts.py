"""A position as a title claim states it: the title, the body it is held at (resolved
among the article's organisations) and what the page prints for both."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.facts import PositionFact
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.names import is_bare_suffix
from gonghui_build.extract.people.government_seats import government_seat
from gonghui_build.extract.people.titles import TitleClaim, read_as_enterprise
from gonghui_build.extract.people.union_committee_posts import held_at_union
from gonghui_build.extract.spans import as_written, capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text.chars import without_spaces


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
    claim = held_at_union(claim)
    org = None
    if claim.org_written:
        found = _found_name_ending(claim, p, orgs) or claim.org_written
        written = government_seat(claim) or read_as_enterprise(found)
        org = orgs.resolve_claim(written, p, claim.org_offset or 0, claim.from_caption)
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


def _found_name_ending(claim: TitleClaim, p: Paragraph, orgs: ArticleOrgs) -> str | None:
    """The name the article's reading found where a chain read only a bare suffix
    (地区总工会主席: the chain drops the generic 地区 and keeps 总工会, which names no
    body; the reading found 地区总工会, a short form of a name printed before)."""
    if not is_bare_suffix(claim.org_written or "") or claim.org_offset is None:
        return None
    end = claim.org_offset + len(claim.org_written or "")
    found = orgs.spans.get(p.seq, [])
    return next((k.written for k in found if k.end == end and k.start < claim.org_offset), None)


def _organisation_as_written(p: Paragraph, claim: TitleClaim) -> str | None:
    """What the page prints for a claim's organisation, when it prints it in one piece
    (OCR spaces aside); an organisation a chain assembles (青龙湖镇 + 总工会, an
    inherited body + 工会) is given as assembled."""
    if claim.org_written is None or claim.org_offset is None or claim.org_offset < 0:
        return claim.org_written  # none, or named in an earlier paragraph
    wanted, pos = claim.org_written, claim.org_offset
    end = pos
    while end < len(p.text) and len(without_spaces(p.text[pos:end])) < len(wanted):
        end += 1
    if end == pos or without_spaces(p.text[pos:end]) != wanted:
        return claim.org_written
    return as_written(p, pos, end)
