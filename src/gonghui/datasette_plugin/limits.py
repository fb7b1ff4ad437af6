"""What one request may cost the server, and what it prints when a request fails.

* A value may not exceed :data:`MAX_VALUE_LENGTH` (SQLite's ``SQLITE_LIMIT_LENGTH``):
  ``select zeroblob(200000000)`` fails in SQLite instead of building a gigabyte.
* A query's rows may not add up to more than :data:`MAX_RESULT_CHARS` characters (bytes
  for blobs): the row factory counts them as Datasette fetches, so a response cannot
  grow past a few tens of megabytes whatever the SQL (rows are capped by Datasette's
  ``max_returned_rows``).
* Nothing served names a folder of the machine: ``/-/databases`` gives the database's
  file name, ``/-/threads`` the threads without the tasks (whose descriptions hold source
  paths), and ``/-/metadata.json`` holds no path (see :mod:`gonghui.serve`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MAX_VALUE_LENGTH = 2_000_000
MAX_RESULT_CHARS = 8_000_000


class ResultTooLarge(sqlite3.DataError):
    pass


class RowBudget:
    """A row factory that stops a query whose rows exceed the budget.

    Datasette opens a new cursor for every query, so the count restarts with each.
    """

    def __init__(self, factory, limit: int = MAX_RESULT_CHARS):
        self.factory = factory
        self.limit = limit
        self.cursor = None
        self.used = 0

    def __call__(self, cursor, row):
        if cursor is not self.cursor:
            self.cursor, self.used = cursor, 0
        self.used += sum(len(v) if isinstance(v, str | bytes) else 8 for v in row)
        if self.used > self.limit:
            raise ResultTooLarge(
                f"the result is larger than {self.limit:,} characters: select fewer rows "
                "or columns, or download the Parquet files or the database"
            )
        return self.factory(cursor, row)


def limit_connection(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_LENGTH)
    conn.row_factory = RowBudget(conn.row_factory or sqlite3.Row)


def databases_without_paths(datasette) -> list[dict]:
    """``/-/databases``: each database with its file name, not its path."""
    return [
        {**d, "path": Path(d["path"]).name if d.get("path") else None}
        for d in datasette._connected_databases()
    ]


def threads_without_tasks(datasette) -> dict:
    """``/-/threads``: the threads, not the asyncio tasks (their text holds paths)."""
    return {k: v for k, v in datasette._threads().items() if not k.endswith("tasks")}


def introspection_routes(datasette) -> list[tuple[str, object]]:
    """Datasette's own ``/-/databases`` and ``/-/threads`` pages, without paths."""
    from datasette.views.special import JsonDataView

    return [
        (
            r"^/-/databases(\.(?P<format>json))?$",
            JsonDataView.as_view(
                datasette, "databases.json", lambda: databases_without_paths(datasette)
            ),
        ),
        (
            r"^/-/threads(\.(?P<format>json))?$",
            JsonDataView.as_view(
                datasette, "threads.json", lambda: threads_without_tasks(datasette)
            ),
        ),
    ]
