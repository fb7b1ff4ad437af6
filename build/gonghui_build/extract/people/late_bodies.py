"""The bodies of posts read once every hit of an article is held at the bodies named
before it (:mod:`.named_before`): readings that need the whole article or the phrase
right before the title, applied in turn to each title, the hits walked once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.bare_union_posts import bodys_own_union
from gonghui_build.extract.people.brand_stations import at_brand_station
from gonghui_build.extract.people.own_union_earlier import (
    OwnUnions,
    at_own_union_named_earlier,
    own_unions_named,
)
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.short_enterprise_units import unit_of_short_enterprise
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph


def _headline_union(paragraphs: Sequence[Paragraph], orgs: ArticleOrgs) -> OwnUnions:
    """The own union of the enterprise or institution a headline about its union names
    first (某集团有限公司召开第一次工会会员代表大会, 某公司工会换届: the company's union),
    read in full, as an own union printed before the text; [] for any other headline."""
    word = lexicon.titles().union_body
    for p in paragraphs:
        named = orgs.spans.get(p.seq, []) if p.role == "headline" else []
        if not named or word not in p.text[named[0].start :]:
            continue
        resolved = orgs.resolve(named[0].written, p, named[0].start)
        name = resolved.name if resolved is not None else named[0].written
        name = name if name.endswith(word) else name + word
        return [((-1, -1), name)] if bodys_own_union(name) else []
    return []


def bodies_read_late(
    hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs, paragraphs: Sequence[Paragraph]
) -> list[tuple[Paragraph, NameHit]]:
    """The hits with the bare 工会 read as the article's own union (the last an earlier
    post was held at, else the one its headline names), an enterprise's short form before
    its unit read back, and a delivery firm's station read before its head."""
    owns = _headline_union(paragraphs, orgs) + own_unions_named(hits, orgs)

    def read(c: TitleClaim, p: Paragraph) -> TitleClaim:
        c = at_own_union_named_earlier(c, p, owns)
        return at_brand_station(unit_of_short_enterprise(c, p, orgs), p)

    out = []
    for p, h in hits:
        claims = tuple(read(c, p) for c in h.claims)
        out.append((p, h if claims == tuple(h.claims) else replace(h, claims=claims)))
    return out
