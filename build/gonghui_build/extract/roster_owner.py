"""A yearbook's roster printed as an entry of its own under a head that only names a
body's officers as a group (【领导成员】, 领导班子成员: ``titles.yaml`` collective_titles) is
the roster of the union the entry before it is about (【概况】 某市总工会… | 【领导成员】 |
主席 甲 | 副主席 乙): the layout makes the roster an article of its own (ANNOTATION.md: a
yearbook's list printed as a section of its own is one article headed by its title), and
that article names no body, so each union officer's post it prints (``titles.yaml``
union_officers) would be of no body. The post is held at the first union the entry
before names, read across the two articles of one page only.
"""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ArticleFacts, OrgFact, PositionFact
from gonghui_build.extract.people.named_before import roster_heading
from gonghui_build.parsed import ParsedPage
from gonghui_build.vocabulary import UNION_TYPES


def _entry_union(article: ArticleFacts) -> OrgFact | None:
    """The first union an entry names (in page order), or None."""
    unions = [o for o in article.orgs if o.resolved.type in UNION_TYPES]
    return min(unions, key=lambda o: o.span.page_start) if unions else None


def _held_at(position: PositionFact, union: OrgFact) -> PositionFact:
    """A union officer's post of no body held at ``union``; any other post as it was."""
    if position.org is not None or position.org_written is not None:
        return position
    if position.title_normalised not in lexicon.words("titles.yaml", "union_officers"):
        return position
    return replace(position, org_written=union.written, org=union.resolved)


def rosters_of_the_entry_before(
    parsed: ParsedPage, articles: list[ArticleFacts]
) -> list[ArticleFacts]:
    """The articles, a roster headed by a collective title alone holding its union
    officers' posts of no body at the first union the article before it names."""
    out = list(articles)
    for i in range(1, len(out)):
        heads = [p for p in parsed.paragraphs_of(parsed.articles[i].index) if p.role == "headline"]
        union = _entry_union(out[i - 1])
        if union is None or not heads or not roster_heading(heads[0].text):
            continue
        positions = tuple(_held_at(p, union) for p in out[i].positions)
        out[i] = replace(out[i], positions=positions)
    return out
