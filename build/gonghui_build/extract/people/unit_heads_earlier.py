"""A unit's head printed bare before a name (厂长某某) where the body named last before it
is of another kind: the unit the article named earlier, when it named one of the kind
the head heads (a profile names its plant first, then a workshop and an oil field it
worked for, and then quotes the plant's head: 厂长某某也说…). :mod:`.named_before` reads
the last body named before only, and leaves such a title of no body; a reader takes it
as the article's plant."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.chain_inherits import headed_unit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import UNION_TYPES


def _last_of_kind(
    p: Paragraph, start: int, endings: tuple[str, ...], orgs: ArticleOrgs
) -> tuple[str, int] | None:
    """The last body of the article before ``start`` of ``p`` whose name ends with one of
    ``endings`` and holds more than the ending, with its offset counted from ``p``'s start:
    printed alone, or as the owner of a union's name (某市纺织机械厂|工会: a report of the
    plant's union names the plant so, and its 厂长 heads the plant)."""
    best = None
    for seq in sorted(s for s in orgs.spans if s <= p.seq):
        shift = orgs.base[seq] - orgs.base[p.seq]
        for span in orgs.spans[seq]:
            before = seq < p.seq or span.end <= start
            named = _unit_named(span, endings)
            if before and named:
                best = (named, span.start + shift)
    return best


def _unit_named(span: OrgSpan, endings: tuple[str, ...]) -> str | None:
    """The unit of a kind (``endings``) ``span`` names: its whole name, or the name of the
    body whose union it is (某厂工会 → 某厂); None if neither is of the kind."""
    union = lexicon.words("org_suffixes.yaml", "union_suffix").ending(span.written)
    owner = span.written[: -len(union)] if union and span.type in UNION_TYPES else ""
    for name in (span.written, owner):
        if name.endswith(endings) and name not in endings:
            return name
    return None


def heads_at_unit_named_earlier(
    claims: tuple[TitleClaim, ...],
    p: Paragraph,
    orgs: ArticleOrgs,
    endings_of: Callable[[str], tuple[str, ...]],
) -> tuple[TitleClaim, ...]:
    """``claims``, each unit's head of no body (厂长, 站长: ``titles.yaml`` unit_heads)
    held at the last body of its kind the article named before it (``endings_of``: the
    endings a head's unit has, :func:`.named_before._unit_endings`); the rest as they are."""
    out = []
    placed: tuple[str, int] | None = None
    for c in claims:
        unit = headed_unit(c.title_normalised)
        found = None
        if c.org_written is None and unit is not None:
            found = _last_of_kind(p, c.start, endings_of(unit), orgs)
        if found is not None:
            c = replace(c, org_written=found[0], org_offset=found[1])
            placed = placed or found
        out.append(c)
    return _inner_posts_beside(tuple(out), placed)


def _inner_posts_beside(
    claims: tuple[TitleClaim, ...], placed: tuple[str, int] | None
) -> tuple[TitleClaim, ...]:
    """``厂长兼党委副书记某某``: a post of a body inside an organisation (``titles.yaml``
    inner_bodies: 党委, 党组) printed of no body in one chain with a unit's head this
    module placed at the unit (``placed``) is held at that unit too, as a reader takes one
    person's chain (tests/fixtures/ANNOTATION.md: an enterprise's 党委书记 is held at the
    enterprise; real_dev27's 1984 plant)."""
    if placed is None:
        return claims
    inner = lexicon.words("titles.yaml", "inner_bodies")
    return tuple(
        replace(c, org_written=placed[0], org_offset=placed[1])
        if c.org_written is None and inner.starting(c.title_normalised)
        else c
        for c in claims
    )
