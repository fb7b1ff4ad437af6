"""The Datasette plugin of the gonghui database: pages worth reading, search that finds.

* Chinese full-text search: Datasette's table search box calls ``escape_fts(:search)``;
  this plugin's ``escape_fts`` (registered after Datasette's) turns any query into the
  bigram query of :mod:`gonghui.fts`; ``gonghui_fts(:q)`` does the same in SQL.
* Readable tables and rows (:mod:`.cells`, ``templates/``, ``static/``): short labels
  on one line, yes/no, links from every key, column descriptions folded away, a row
  page laid out as a list of fields; the article page as printed (:mod:`.article`),
  person and organisation pages (:mod:`.entities`).
* ``/-/search``: one search across people, organisations, articles, activities and
  paragraphs (:mod:`.search`).
* ``/-/parquet/<table>.parquet``: the published Parquet files with their media type.
* A facet by year for dates of mixed precision (:mod:`.facets`).
* Limits on what one request may cost (:mod:`.limits`); client errors (4xx) print no
  traceback on the console (:mod:`.compat`).
"""

from __future__ import annotations

import re
from pathlib import Path

from datasette import hookimpl
from datasette.utils import urlsafe_components
from datasette.utils.asgi import Response

from gonghui import fts
from gonghui.catalog import BY_NAME, PARQUET_MEDIATYPE
from gonghui.datasette_metadata import DATABASE
from gonghui.datasette_plugin import (
    article,
    cells,
    compat,
    entities,
    facets,
    limits,
    search,
    tablesearch,
)

PLUGIN = "gonghui"


@hookimpl
def startup():
    compat.install()


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, fts.to_query, deterministic=True)
    conn.create_function("gonghui_fts", 1, fts.to_query, deterministic=True)
    limits.limit_connection(conn)


@hookimpl
def render_cell(row, value, column, table, database):
    return cells.render_cell(row, value, column, table, database)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def searched(scope, receive, send):
            if scope.get("type") == "http":
                scope = tablesearch.rewrite(scope, datasette)
            await app(scope, receive, send)

        return searched

    return wrap


@hookimpl
def filters_from_request(request, database, table, datasette):
    return tablesearch.search_filter(request, database, table, datasette)


@hookimpl
def register_facet_classes():
    return [facets.YearFacet]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN, "gonghui.css")]


@hookimpl
def extra_js_urls(datasette):
    return [{"url": datasette.urls.static_plugins(PLUGIN, "gonghui.js"), "module": False}]


async def _article(db, key, request):
    rows = await article.fetch(db, key)
    return article.article_view(rows, request.args) if rows else None


ROW_PAGES = {
    "articles": _article,
    "people": lambda db, key, request: entities.person(db, key),
    "organisations": lambda db, key, request: entities.organisation(db, key),
}


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or database != DATABASE:
        return {}

    async def inner():
        key = urlsafe_components(request.url_vars["pks"])[0]
        page = ROW_PAGES.get(table)
        context = {"gonghui_table": BY_NAME.get(table)}
        if page is not None:
            context["gonghui"] = await page(datasette.get_database(database), key, request)
        return context

    return inner


async def parquet(request, datasette):
    name = request.url_vars["name"]
    folder = (datasette.plugin_config(PLUGIN) or {}).get("parquet_dir")
    path = Path(folder) / f"{name}.parquet" if folder else None
    if name not in BY_NAME or path is None or not path.exists():
        return Response.text("Not found", status=404)
    return Response(
        path.read_bytes(),
        status=200,
        headers={"content-disposition": f'attachment; filename="{name}.parquet"'},
        content_type=PARQUET_MEDIATYPE,
    )


async def search_page(request, datasette):
    query = (request.args.get("q") or "").strip()
    sections = await search.search_everything(datasette.get_database(DATABASE), query)
    return Response.html(
        await datasette.render_template(
            "gonghui_search.html", {"q": query, "sections": sections}, request=request
        )
    )


@hookimpl
def register_routes(datasette):
    return [
        (re.compile(r"^/-/parquet/(?P<name>[a-z_]+)\.parquet$").pattern, parquet),
        (r"^/-/search$", search_page),
        *limits.introspection_routes(datasette),
    ]
