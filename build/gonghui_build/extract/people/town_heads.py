"""A town's head printed with no body (副镇长某某, 党委副书记、镇长某某): held at the town
the article named before, as a reader takes it. Split from :mod:`.named_before`, which
calls it, to keep that module within the line limit."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.titles import TitleClaim


def _town_head(title: str) -> str | None:
    """镇长, 副镇长, 乡长: the town's or township's head ``title`` is (``titles.yaml``
    town_heads, a modifier before it), or None."""
    head = lexicon.words("titles.yaml", "town_heads").ending(title)
    rest = title[: -len(head)] if head else None
    if rest is None or (rest and rest not in lexicon.words("titles.yaml", "modifiers")):
        return None
    return head


def at_town_of_head(claims: tuple[TitleClaim, ...]) -> tuple[TitleClaim, ...]:
    """A chain of no body with a town's head (副镇长某某; 党委副书记、镇长某某 after the
    article names the town): the head's level word (镇 of 镇长) is the body of the head
    and of the chain's Party posts of no body, which the article's reading completes
    with the town named before, as it does 镇党委书记、镇长某某's."""
    heads = [(c, h) for c in claims if (h := _town_head(c.title_normalised))]
    if not heads or any(c.org_written is not None for c in claims):
        return claims
    claim, head = heads[0]
    level, at = head[: -len("长")], claim.end - len(head)
    inner = lexicon.words("titles.yaml", "inner_bodies")
    return tuple(
        replace(c, org_written=level, org_offset=at)
        if _town_head(c.title_normalised) or inner.starting(c.title_normalised)
        else c
        for c in claims
    )
