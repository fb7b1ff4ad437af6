"""A title printed right after a full name (``…会议由庞某主席主持``, ``刘某书记指出``) is
how the report addresses the person, and only states a post when the article gives them
none other: a vice-chair is addressed as 主席 and a Party group's secretary as 书记, so a
person whose chain the article printed (``省总工会党组书记、副主席庞某``) holds the posts
of the chain, not a further 主席 at the union the reading finds before the address.
``tests/fixtures/ANNOTATION.md`` keeps a bare address as the post only of a person named
with no other (``某某书记`` alone: 书记, organisation null).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from gonghui_build.extract.people.further_mentions import Hits
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim


def _addresses(h: NameHit, c: TitleClaim) -> bool:
    """Whether ``c`` is a title printed right after ``h``'s name (its span holds the name:
    a chain before the name or a post after a comma or in brackets starts elsewhere)."""
    return c.start <= h.start and h.end < c.end


def _held_posts(hits: Hits) -> dict[str, set[str]]:
    """Each name's titles (normalised) the article prints other than as an address."""
    held: dict[str, set[str]] = defaultdict(set)
    for _, h in hits:
        held[h.name].update(c.title_normalised for c in h.claims if not _addresses(h, c))
    return held


def without_address_posts(hits: Hits) -> Hits:
    """The hits, an address after a name dropped where the article prints for that person
    a post the address shortens (副主席, 常务副主席 → 主席; 党组书记 → 书记; the post itself)."""
    held = _held_posts(hits)
    out: Hits = []
    for p, h in hits:
        posts = held.get(h.name, set())
        kept = tuple(
            c
            for c in h.claims
            if not (_addresses(h, c) and any(t.endswith(c.title_normalised) for t in posts))
        )
        out.append((p, h if kept == tuple(h.claims) else replace(h, claims=kept)))
    return out
