"""The bodies of posts read once every hit of an article is held at the bodies named
before it (:mod:`.named_before`): readings that need the whole article or the phrase
right before the title, applied in turn to each title, the hits walked once."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.brand_stations import at_brand_station
from gonghui_build.extract.people.own_union_earlier import (
    at_own_union_named_earlier,
    own_unions_named,
)
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.short_enterprise_units import unit_of_short_enterprise
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph


def bodies_read_late(
    hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs
) -> list[tuple[Paragraph, NameHit]]:
    """The hits with the bare 工会 read as the article's own union, an enterprise's short
    form before its unit read back, and a delivery firm's station read before its head."""
    owns = own_unions_named(hits, orgs)

    def read(c: TitleClaim, p: Paragraph) -> TitleClaim:
        c = at_own_union_named_earlier(c, p, owns)
        return at_brand_station(unit_of_short_enterprise(c, p, orgs), p)

    out = []
    for p, h in hits:
        claims = tuple(read(c, p) for c in h.claims)
        out.append((p, h if claims == tuple(h.claims) else replace(h, claims=claims)))
    return out
