"""Names listed with 、 right after a name whose post is printed before it share that
post: ``快递员甲、乙受到表彰``, ``外卖骑手甲、乙、丙组成救援队``. The title rules share
a title chain over such a list as they read it (``市总工会副主席甲、乙``); an occupation
printed alone before the first name is read later, name by name (:func:`.occupation_titles.
bare_occupation`), and reaches only the name it is printed before, so the list's later
names would be left with no post although the text gives them the same one (seen on
real pages of riders and couriers honoured or at work in lists, s34)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.further_mentions import Hits, titles_before
from gonghui_build.extract.people.name_lists import listed_after
from gonghui_build.extract.people.titles import TitleClaim


def posts_shared_by_lists(hits: Hits, orgs: ArticleOrgs) -> Hits:
    """``hits`` with each untitled name listed right after a name of a post printed
    before it holding that post too; a name the text titles itself keeps its own."""
    shared: dict[tuple[int, int], tuple[TitleClaim, ...]] = {}
    out: Hits = []
    for p, h in hits:
        if not h.claims and not h.partial and (claims := shared.get((p.seq, h.start))):
            h = replace(h, claims=claims)
        out.append((p, h))
        before = titles_before(h)  # a title after the name or in brackets is its own
        if not before or h.partial:
            continue
        for _, start in listed_after(p.text, h.end, orgs.words_of(p), orgs.body_starts(p)):
            shared.setdefault((p.seq, start), before)
    return out
