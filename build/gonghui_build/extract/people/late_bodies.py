"""The bodies of posts read once every hit of an article is held at the bodies named
before it (:mod:`.named_before`): readings that need the whole article or the phrase
right before the title, applied in turn."""

from __future__ import annotations

from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.brand_stations import heads_at_brand_stations
from gonghui_build.extract.people.own_union_earlier import at_own_union_named_earlier
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.short_enterprise_units import units_of_short_enterprises
from gonghui_build.layout.paragraphs import Paragraph


def bodies_read_late(
    hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs
) -> list[tuple[Paragraph, NameHit]]:
    """The hits with the bare 工会 read as the article's own union, a delivery firm's
    station read before its head, and an enterprise's short form before its unit read
    back."""
    hits = at_own_union_named_earlier(hits, orgs)
    hits = units_of_short_enterprises(hits, orgs)
    return heads_at_brand_stations(hits)
