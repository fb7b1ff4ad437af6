"""A unit's head printed bare before a name after the article names the unit.

``…职工来到县职工法律援助站。站长某某带着他们…``: the title (站长) names no body, yet
the unit the article named last before it ends as the units it heads end (站), so a
reader takes the title as held there. Only the last body named before the title is
read (in its paragraph, else the paragraph before): when another body comes between,
the title is left without one (``reference/titles.yaml``: unit_heads).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.grammar import OrgSpan
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph


def headed_unit(title: str) -> str | None:
    """The ending of the units ``title`` heads (副站长 → 站), or None."""
    modifiers = lexicon.words("titles.yaml", "modifiers")
    for head, unit in lexicon.keyed("titles.yaml", "unit_heads").items():
        rest = title[: -len(head)] if title.endswith(head) else None
        if rest is not None and (not rest or rest in modifiers):
            return unit
    return None


def _last_body_before(
    p: Paragraph, before: Paragraph | None, start: int, orgs: ArticleOrgs
) -> tuple[OrgSpan, int] | None:
    """The last body named before ``start`` of ``p`` (or, where ``p`` names none
    before it, the last ``before`` names), with its offset counted from ``p``'s start."""
    here = [k for k in orgs.spans.get(p.seq, []) if k.end <= start]
    if here:
        last = max(here, key=lambda k: k.end)
        return last, last.start
    if before is None or not orgs.spans.get(before.seq):
        return None
    last = max(orgs.spans[before.seq], key=lambda k: k.end)
    return last, last.start + orgs.base[before.seq] - orgs.base[p.seq]


def _at_unit(
    claim: TitleClaim, p: Paragraph, before: Paragraph | None, orgs: ArticleOrgs
) -> TitleClaim:
    unit = headed_unit(claim.title_normalised)
    if claim.org_written is not None or unit is None:
        return claim
    found = _last_body_before(p, before, claim.start, orgs)
    if found is None or not found[0].written.endswith(unit):
        return claim
    return replace(claim, org_written=found[0].written, org_offset=found[1])


def heads_at_units_named(
    paragraphs: Sequence[Paragraph], hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs
) -> list[tuple[Paragraph, NameHit]]:
    """The hits, a bare unit head's title (站长) held at the unit named just before."""
    before = {q.seq: prev for prev, q in zip([None, *paragraphs], paragraphs, strict=False)}
    out = []
    for p, h in hits:
        claims = tuple(_at_unit(c, p, before.get(p.seq), orgs) for c in h.claims)
        out.append((p, h if claims == tuple(h.claims) else replace(h, claims=claims)))
    return out
