"""Table pages and the table search box, fast at any size.

Datasette searches a table with ``rowid in (select rowid from <fts> where … match …)``:
SQLite reads every match into a temporary index before it shows the first page, then
counts every match again and reads every matching row once per facet. At a million
paragraphs a common word matches most of them, and the page takes seconds; the facets
of the whole table take as long.

This module takes the search over (a request's ``_search`` becomes :data:`PARAM`, which
Datasette does not read, and :func:`search_filter` adds the clause):

* on a table of at most :data:`LARGE` rows, nothing changes: every match is read, the
  page shows their count and the table's facets;
* on a larger table, facets are computed when asked for (``_facet=…``, or "Facet by
  this" in a column's menu), not on every page; a search page shows no total
  (``_nocount``), and when its rows come in the table's order with no other filter, the
  index gives only the rows of the page:
  ``… match … and rowid > <last row of the previous page> order by rowid limit <page>``.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette.filters import FilterArguments
from datasette.utils import urlsafe_components

from gonghui.catalog import BY_NAME
from gonghui.datasette_metadata import DATABASE

PARAM = "_gonghui_search"
LARGE = 50_000
#: Request arguments that neither filter nor reorder rows.
NEUTRAL = frozenset(
    {
        PARAM,
        "_next",
        "_size",
        "_labels",
        "_label",
        "_nocount",
        "_nofacet",
        "_nosuggest",
        "_shape",
        "_json",
        "_nl",
        "_col",
        "_nocol",
        "_trace",
        "_extra",
        "_timelimit",
    }
)
SEARCHABLE = {t.name for t in BY_NAME.values() if t.search_columns}


def _table(path: str) -> str | None:
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] != DATABASE:
        return None
    name = parts[1].removesuffix(".json")
    return name if name in BY_NAME else None


def _row_count(datasette, table: str) -> int:
    tables = ((datasette.inspect_data or {}).get(DATABASE) or {}).get("tables") or {}
    return (tables.get(table) or {}).get("count") or 0


def rewrite(scope: dict, datasette) -> dict:
    """The request with ``_search`` handed to :func:`search_filter`."""
    table = _table(scope.get("path", ""))
    if table is None:
        return scope
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    searched = [v for k, v in args if k == "_search"]
    if searched and table in SEARCHABLE:
        args = [(k, v) for k, v in args if k not in ("_search", PARAM)] + [(PARAM, searched[0])]
    keys = {k for k, _ in args}
    if _row_count(datasette, table) > LARGE and not any(k.startswith("_facet") for k in keys):
        added = ["_nofacet", "_nocount"] if PARAM in keys else ["_nofacet"]
        args += [(k, "1") for k in added if k not in keys]
    return {**scope, "query_string": urlencode(args).encode("latin-1")}


def _page_limit(request, datasette, table: str) -> int | None:
    """Rows the page needs, when it may take them straight from the index."""
    args = request.args
    if "_nocount" not in args or args.get("_sort", "rowid") != "rowid":
        return None
    if any(k not in NEUTRAL and k != "_sort" for k in args):
        return None
    size = args.get("_size") or datasette.table_metadata(DATABASE, table).get("size")
    if size == "max":
        return datasette.setting("max_returned_rows") + 1
    if size is not None and not str(size).isdigit():
        return None
    return int(size or datasette.setting("default_page_size")) + 1


def _after(request) -> int | None:
    components = urlsafe_components(request.args.get("_next") or "")
    return int(components[0]) if components and components[0].isdigit() else None


def search_filter(request, database: str, table: str, datasette):
    """The search clause of a table page (a ``filters_from_request`` hook)."""
    query = request.args.get(PARAM)
    if not query or database != DATABASE or table not in SEARCHABLE:
        return None
    fts = f"[{table}_fts]"
    params = {"gonghui_q": query}
    tail = ""
    limit = _page_limit(request, datasette, table)
    if limit:
        after = _after(request)
        if after is not None:
            tail += " and rowid > :gonghui_after"
            params["gonghui_after"] = after
        tail += f" order by rowid limit {limit}"
    clause = f"rowid in (select rowid from {fts} where {fts} match gonghui_fts(:gonghui_q){tail})"
    return FilterArguments(
        [clause], params, [f'search matches "{query}"'], {"search": query, "supports_search": True}
    )
