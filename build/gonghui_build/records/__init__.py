"""Stage 7 — records: parsed pages, their facts and the corpus's identities become the
rows of every table.

No rule is decided here: what a fact is was decided by extraction, which organisation or
person it names by :mod:`gonghui_build.resolve`. Every row is made by
:func:`gonghui.catalog.row`, which rejects a field the catalog does not declare. IDs are
hashed from the fewest raw fields that identify a thing (:mod:`gonghui_build.ids`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from gonghui_build.extract.facts import PageFacts
from gonghui_build.ids import article_id
from gonghui_build.parsed import ParsedPage
from gonghui_build.records.facts import (
    Tables,
    article_fact_rows,
    identity_row_parts,
    identity_rows,
)
from gonghui_build.records.pages import covered, page_rows, paragraph_id
from gonghui_build.resolve import Identities

__all__ = ["Tables", "covered", "identity_row_parts", "identity_rows", "page_fact_rows", "tables"]


def page_fact_rows(
    page_id: str, facts: PageFacts, para_ids: dict[int, str], who: Identities
) -> Tables:
    """The fact rows of one page's articles (mentions, authors, positions, activities…)."""
    out: Tables = defaultdict(list)
    for article_facts in facts.articles:
        article = article_id(page_id, article_facts.page_start)
        for table, rows in article_fact_rows(article_facts, article, para_ids, who).items():
            out[table].extend(rows)
    return out


def tables(
    parsed: Sequence[ParsedPage],
    facts: Sequence[PageFacts],
    metadata: dict[str, dict[str, str]],
    who: Identities,
) -> Tables:
    """Every table's rows, from the pages in order, their facts and the identities."""
    out: Tables = defaultdict(list)
    for page, page_facts in zip(parsed, facts, strict=True):
        for table, rows in page_rows(page, page_facts, metadata.get(page.page.source_file)).items():
            out[table].extend(rows)
        para_ids = {p.seq: paragraph_id(page, p) for p in page.paragraphs}
        for table, rows in page_fact_rows(page.page.page_id, page_facts, para_ids, who).items():
            out[table].extend(rows)
    persons = Counter(m["person_id"] for m in out["person_mentions"])
    orgs = Counter(m["organisation_id"] for m in out["organisation_mentions"])
    out.update(identity_rows(who, persons, orgs))
    return dict(out)
