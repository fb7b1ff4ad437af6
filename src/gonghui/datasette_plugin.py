"""Datasette plugin: Chinese full-text search and Parquet downloads.

* Datasette's table search box calls the SQL function ``escape_fts(:search)``. This
  plugin registers its own ``escape_fts`` after Datasette's (``trylast``): a query with
  Chinese in it becomes the bigram phrase query of :mod:`gonghui.fts`; any other query
  is escaped as Datasette always did. ``gonghui_fts(:q)`` does the same for SQL.
* ``/-/parquet/<table>.parquet`` serves the published Parquet files with their media
  type (Datasette's ``--static`` would serve them as ``text/plain``).
"""

from __future__ import annotations

import re
from pathlib import Path

from datasette import hookimpl
from datasette.utils import escape_fts as datasette_escape_fts
from datasette.utils.asgi import Response

from gonghui import fts
from gonghui.catalog import BY_NAME, PARQUET_MEDIATYPE


def escape_fts(query: str) -> str:
    if fts.has_chinese(query):
        return fts.to_query(query)
    return datasette_escape_fts(query)


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, escape_fts)
    conn.create_function("gonghui_fts", 1, fts.to_query)


async def parquet(request, datasette):
    name = request.url_vars["name"]
    config = datasette.plugin_config("gonghui") or {}
    folder = config.get("parquet_dir")
    if name not in BY_NAME or not folder:
        return Response.text("Not found", status=404)
    path = Path(folder) / f"{name}.parquet"
    if not path.exists():
        return Response.text("Not found", status=404)
    return Response(
        path.read_bytes(),
        status=200,
        headers={"content-disposition": f'attachment; filename="{name}.parquet"'},
        content_type=PARQUET_MEDIATYPE,
    )


@hookimpl
def register_routes():
    return [(re.compile(r"^/-/parquet/(?P<name>[a-z_]+)\.parquet$").pattern, parquet)]
