"""Extraction of one page: a pure function from a parsed page to its facts.

The articles of a page are dated together (the same-page rule needs them all), then
each is read on its own. Nothing here looks at another page: pages can be read in any
order, or in parallel, and the facts joined afterwards.
"""

from __future__ import annotations

from gonghui_build.extract.article import article_text, extract_article
from gonghui_build.extract.dates.article import date_articles
from gonghui_build.extract.facts import PageFacts
from gonghui_build.parsed import ParsedPage


def extract_page(parsed: ParsedPage, curated_date: str | None = None) -> PageFacts:
    """The facts of every article of a page; ``curated_date`` is the page's date from
    the metadata file, if it gives one."""
    texts = [article_text(parsed.paragraphs_of(a.index)) for a in parsed.articles]
    article_dates = date_articles(texts, curated_date)
    return PageFacts(
        parsed.page.page_id,
        tuple(
            extract_article(
                parsed.paragraphs_of(a.index), parsed.runs, article_dates[a.index], a.kind
            )
            for a in parsed.articles
        ),
    )
