"""The facts of one article: authors, people and positions, organisations, activities.

A pure function of the article's paragraphs (in reading order), their garbled runs and
the article's date; offsets are in each paragraph's cleaned text and every fact carries
its page span.
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.activities.article import activities_of
from gonghui_build.extract.bylines import authors_of
from gonghui_build.extract.facts import ArticleDate, ArticleFacts, PositionFact
from gonghui_build.extract.organisations.article import (
    merge_abbreviations,
    org_facts,
    read_article_orgs,
)
from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.declared_short_forms import with_declared_short_forms
from gonghui_build.extract.organisations.widened_titles import widen_titles_to_whole_names
from gonghui_build.extract.people.article import people_of
from gonghui_build.extract.run_in_credits import run_in_photographers
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run


def _placed(positions: list[PositionFact]) -> list[PositionFact]:
    """A title stated without its organisation adds nothing when the article states
    it with one (a garbled repeat, a later mention)."""
    placed = {(p.name, p.title_normalised) for p in positions if p.org}
    return [p for p in positions if p.org or (p.name, p.title_normalised) not in placed]


def extract_article(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]],
    article_date: ArticleDate,
    kind: str = "other",
    page: ArticleContext | None = None,
) -> ArticleFacts:
    """All facts of one article; ``paragraphs`` in reading order, dated by the caller;
    ``page``: the places its page names, for short forms the article leaves open."""
    orgs = read_article_orgs(paragraphs, runs, page)
    authors, signed = authors_of(paragraphs, runs, orgs, kind)
    authors += run_in_photographers(paragraphs, runs, authors)  # …。某某 摄 …
    people, titles = people_of(paragraphs, runs, orgs)
    positions = signed + titles
    mentions, positions = merge_abbreviations(
        org_facts(paragraphs, runs, orgs, positions), positions
    )
    mentions, positions = widen_titles_to_whole_names(mentions, positions)
    mentions, positions = with_declared_short_forms(article_text(paragraphs), mentions, positions)
    activities = activities_of(
        paragraphs, runs, article_date, mentions, orgs.resolve, kind, positions
    )
    return ArticleFacts(
        page_start=min(p.page_start for p in paragraphs),
        date=article_date,
        authors=tuple(authors),
        people=tuple(people),
        orgs=tuple(mentions),
        positions=tuple(_placed(positions)),
        activities=tuple(activities),
    )


def article_text(paragraphs: Sequence[Paragraph]) -> str:
    """The article's text: its paragraphs joined with a newline."""
    return "\n".join(p.text for p in paragraphs)
