"""One search page across people, organisations, articles, activities and paragraphs.

``/-/search?q=…`` asks each table's search index (:mod:`gonghui.fts`: Chinese as
substrings, pinyin as word prefixes, organisations by any of their other names) for its
first rows in the table's order, and shows them with the match highlighted; each section
links to the table's own search for the rest. Every lookup takes the index's first
:data:`SHOWN` + 1 row ids before it joins, so it stays fast on a large archive.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from gonghui import fts
from gonghui.datasette_plugin.cells import article_url, row_url
from gonghui.datasette_plugin.highlight import matches, render

SHOWN = 20

SECTIONS = (
    ("people", "People", "name, name_pinyin, mentions, articles, is_journalist, person_id"),
    ("organisations", "Organisations", "name, type, district, articles, organisation_id"),
    ("articles", "Articles", "headline, kicker, subtitle, byline, date, source_file, article_id"),
    (
        "activities",
        "Activities",
        "name, category, status, start_date, evidence, activity_id, article_id, paragraph_id, "
        "text_start, text_end",
    ),
    (
        "paragraphs",
        "Paragraphs",
        "text, role, article_id, paragraph_id, page_id, (select headline from articles a "
        "where a.article_id = t.article_id) as headline",
    ),
)


def _sql(table: str, columns: str) -> str:
    return (
        f"select {columns} from (select rowid from {table}_fts where {table}_fts match :q "
        f"order by rowid limit {SHOWN + 1}) hits join {table} t on t.rowid = hits.rowid "
        "order by t.rowid"
    )


async def _aliases(db, organisation_ids: list[str], terms: list[str]) -> dict[str, list[str]]:
    """The other names of each organisation that hold the query (why it was found)."""
    if not organisation_ids:
        return {}
    marks = ", ".join(f":o{i}" for i in range(len(organisation_ids)))
    rows = await db.execute(
        f"select organisation_id, alias, kind from organisation_aliases "
        f"where organisation_id in ({marks}) order by alias",
        {f"o{i}": o for i, o in enumerate(organisation_ids)},
    )
    found: dict[str, list[str]] = {}
    for r in rows.rows:
        if all(t.lower() in r["alias"].lower() for t in terms):
            found.setdefault(r["organisation_id"], []).append(f"{r['alias']} ({r['kind']})")
    return found


def _decorate(table: str, row: dict[str, Any], terms: list[str]) -> dict[str, Any]:
    """Links and highlighted text for one result row."""
    out = dict(row)
    for column in ("name", "headline", "evidence", "text"):
        if out.get(column):
            out[f"{column}_html"] = render(out[column], matches(out[column], terms))
    key = {
        "people": "person_id",
        "organisations": "organisation_id",
        "activities": "activity_id",
    }.get(table)
    if key:
        out["url"] = row_url(table, row[key])
    if row.get("article_id"):
        out["article_url"] = article_url(row["article_id"], row)
    return out


async def search_everything(db, query: str) -> list[dict[str, Any]]:
    """Sections of results for ``query``: the first rows of each searchable table."""
    terms = fts.terms(query)
    if not terms:
        return []
    sections = []
    for table, title, columns in SECTIONS:
        result = await db.execute(_sql(table, columns), {"q": fts.to_query(query)})
        rows = [_decorate(table, dict(r), terms) for r in result.rows]
        sections.append(
            {
                "table": table,
                "title": title,
                "rows": rows[:SHOWN],
                "more": len(rows) > SHOWN,
                "table_url": f"/gonghui/{table}?_search={quote(query)}",
            }
        )
    organisations = next(s for s in sections if s["table"] == "organisations")
    found = await _aliases(db, [r["organisation_id"] for r in organisations["rows"]], terms)
    for r in organisations["rows"]:
        r["aliases"] = found.get(r["organisation_id"], [])
    return sections
