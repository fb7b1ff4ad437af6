"""The SQLite database Datasette serves, written from the published rows.

The tables get real keys, CHECKs and foreign keys (:func:`gonghui.schemas.sqlite_schema`),
rows in each table's declared order (so that ``rowid`` is that order and Datasette can
show a table in it), the views of :mod:`gonghui.datasette_metadata`, and one search table
per searchable table.

Written for large archives and any machine:

* into a new file beside the target, renamed over it only when complete: a failed write
  leaves the previous database, so no rollback journal is kept (``journal_mode=OFF``);
* in chunked, explicit transactions (``BEGIN`` … ``COMMIT`` every :data:`CHUNK` rows):
  Python's implicit transactions depend on the locale (under ``tr_TR.UTF-8`` none is
  started and deferred foreign keys fail), and one huge transaction holds everything;
* foreign keys checked once at the end, with ``PRAGMA foreign_key_check``;
* secondary indexes created after the rows are in (one sort each, instead of a B-tree
  updated row by row in key order), and the search tables filled without FTS5's
  incremental merges (``automerge=0``, a larger in-memory hash), merged once by
  ``optimize`` at the end: the same rows and the same answers, about a fifth less CPU;
* search tables *contentless* (``content=''``): they hold the bigram index of
  :mod:`gonghui.fts`, not a second copy of the text; their ``rowid`` is the row's. A
  prefix index of one character (``prefix='1'``) answers a one-character search (``会*``)
  from one list instead of merging every bigram that starts with it (0.4 ms instead of
  350 ms at a million paragraphs, for a fifth more space).

Both the build (:mod:`gonghui_build.publish`) and ``gonghui serve`` (from the Parquet
files shipped in the wheel) use it; it needs only pyarrow and the standard library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

from gonghui import fts
from gonghui.catalog import BY_NAME, DB_NAME, TABLES, Table
from gonghui.datasette_metadata import VIEWS
from gonghui.schemas import sqlite_schema

__all__ = [
    "CHUNK",
    "DB_NAME",
    "Writer",
    "database_from_parquet",
    "parquet_rows",
    "rows_from_dicts",
    "write_database",
]

#: Rows per transaction (and per batch read from Parquet).
CHUNK = 20_000


#: FTS5 settings while a search table is filled: no merging of segments as they are
#: written (``optimize`` merges them all once at the end) and a 64 MB buffer of terms;
#: FTS5's defaults are set back once the table is full.
FTS_BUILD_OPTIONS = (("automerge", 0), ("hashsize", 64 * 1024 * 1024))
FTS_DEFAULTS = (("automerge", 4), ("hashsize", 1024 * 1024))


class DatabaseError(RuntimeError):
    """The rows do not make a consistent database (a foreign key points nowhere)."""


def rows_from_dicts(table: Table, rows: Iterable[Mapping[str, Any]]) -> Iterator[tuple]:
    """Rows as tuples in the table's field order."""
    names = table.field_names
    return (tuple(row.get(n) for n in names) for row in rows)


def parquet_rows(table: Table, folder: Path) -> Iterator[tuple]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(folder / f"{table.name}.parquet")
    for batch in parquet.iter_batches(batch_size=CHUNK, columns=list(table.field_names)):
        yield from zip(*(column.to_pylist() for column in batch.columns), strict=True)


def database_from_parquet(folder: Path, path: Path) -> Path:
    """The database of the Parquet files in ``folder`` (what a wheel ships), at ``path``."""
    write_database({t.name: parquet_rows(t, folder) for t in TABLES}, path)
    return path


def write_database(rows: Mapping[str, Iterable[tuple]], path: Path) -> None:
    """Write every table (rows as tuples in field order, in the table's order) to ``path``."""
    writer = Writer(path)
    try:
        for table in TABLES:
            writer.insert(table, rows.get(table.name, ()))
        writer.finish()
    finally:
        writer.close()


class Writer:
    """The database written in parts: some tables (and their search tables) first, the
    others later, then the indexes, views and checks (:meth:`finish`). The build writes
    the tables of the pages while it reads identity across pages (see
    ``gonghui_build.earlydb``); :func:`write_database` writes every table in one go. In
    any order, the same rows: each table's rows go in in its declared order, so its
    ``rowid`` and its search table's are the same."""

    def __init__(self, path: Path, indexed: Iterable[str] | None = None) -> None:
        """A new database at ``path``; with ``indexed``, the one another writer began
        there and handed over (:meth:`hand_over`), ``indexed`` its search tables filled."""
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        if indexed is None:
            self.tmp.unlink(missing_ok=True)
        self.indexed: set[str] = set(indexed or ())
        # isolation_level=None: no implicit transactions; every one is explicit below.
        self.conn: sqlite3.Connection | None = sqlite3.connect(self.tmp, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA foreign_keys = OFF")
        self.conn.create_function("gonghui_index", 1, fts.to_index, deterministic=True)
        tables, self._indexes = _split_indexes(sqlite_schema())
        if indexed is None:
            self.conn.executescript(tables)  # DDL only: nothing to roll back

    def _open(self) -> sqlite3.Connection:
        assert self.conn is not None, "the database is already written"
        return self.conn

    def insert(self, table: Table, rows: Iterable[tuple]) -> None:
        _insert(self._open(), table, rows)

    def search_index(self, table: Table) -> None:
        """Fill ``table``'s search table (its rows, and those of the tables it searches
        in, are all in)."""
        _index(self._open(), table)
        self.indexed.add(table.name)

    def finish(self) -> None:
        """The secondary indexes, the search tables not filled yet, the views and the
        foreign keys checked; then the file is moved to its path."""
        conn = self._open()
        _in_transaction(conn, lambda: [conn.execute(sql) for sql in self._indexes])
        for table in TABLES:
            if table.search_columns and table.name not in self.indexed:
                self.search_index(table)
        _in_transaction(conn, lambda: [conn.execute(sql) for sql in VIEWS.values()])
        _check_foreign_keys(conn)
        conn.close()
        self.conn = None
        self.tmp.replace(self.path)

    def hand_over(self) -> set[str]:
        """Let go of the unfinished file for another writer (``Writer(path, indexed)``,
        in another process) to finish; the search tables filled so far."""
        self._open().close()
        self.conn = None
        return self.indexed

    def close(self) -> None:
        """Let go of the file (a database neither finished nor handed over is removed)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
            self.tmp.unlink(missing_ok=True)


def _split_indexes(ddl: str) -> tuple[str, list[str]]:
    """The schema's tables, and its ``CREATE INDEX`` statements (run once rows are in)."""
    statements = [s.strip() for s in ddl.split(";\n") if s.strip()]
    tables = [s for s in statements if not s.startswith("CREATE INDEX")]
    return ";\n".join(tables) + ";\n", [s for s in statements if s.startswith("CREATE INDEX")]


def _in_transaction(conn: sqlite3.Connection, work) -> None:
    conn.execute("BEGIN")
    try:
        work()
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _insert(conn: sqlite3.Connection, table: Table, rows: Iterable[tuple]) -> None:
    names = table.field_names
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(f"[{n}]" for n in names)}) '
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    remaining = iter(rows)
    while chunk := list(islice(remaining, CHUNK)):
        try:
            _in_transaction(conn, lambda chunk=chunk: conn.executemany(sql, chunk))
        except sqlite3.IntegrityError as err:
            raise DatabaseError(f"{table.name}: a row breaks a constraint ({err})") from None


def fts_columns(table: Table) -> list[tuple[str, str]]:
    """(column of ``<table>_fts``, SQL giving its text for row ``t``) of a searchable table."""
    columns = [(c, f't."{c}"') for c in table.search_columns]
    for related in table.search_related:
        child_name, column = related.split(".")
        child = BY_NAME[child_name]
        key, own = next((f, ref_f) for f, ref, ref_f in child.foreign_keys if ref == table.name)
        columns.append(
            (
                column,
                f'(SELECT group_concat(c."{column}", \' \') FROM "{child_name}" c '
                f'WHERE c."{key}" = t."{own}")',
            )
        )
    return columns


def _index(conn: sqlite3.Connection, table: Table) -> None:
    columns = fts_columns(table)
    fts_table = f"{table.name}_fts"
    names = ", ".join(f'"{c}"' for c, _ in columns)
    conn.execute(
        f"CREATE VIRTUAL TABLE \"{fts_table}\" USING fts5({names}, content='', "
        "tokenize='unicode61', prefix='1')"
    )
    _configure(conn, fts_table, FTS_BUILD_OPTIONS)
    values = ", ".join(f"gonghui_index({sql})" for _, sql in columns)
    insert = (
        f'INSERT INTO "{fts_table}" (rowid, {names}) SELECT t.rowid, {values} '
        f'FROM "{table.name}" t WHERE t.rowid > ? AND t.rowid <= ?'
    )
    last = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table.name}"').fetchone()[0]
    for start in range(0, last, CHUNK):
        _in_transaction(conn, lambda start=start: conn.execute(insert, (start, start + CHUNK)))
    optimize = f'INSERT INTO "{fts_table}"("{fts_table}") VALUES (\'optimize\')'
    _in_transaction(conn, lambda: conn.execute(optimize))
    _configure(conn, fts_table, FTS_DEFAULTS)


def _configure(conn: sqlite3.Connection, fts_table: str, options: tuple[tuple[str, int], ...]):
    configure = f'INSERT INTO "{fts_table}"("{fts_table}", rank) VALUES (?, ?)'
    _in_transaction(conn, lambda: [conn.execute(configure, option) for option in options])


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    problems = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if problems:
        shown = "; ".join(f"{table} row {rowid} → {parent}" for table, rowid, parent, _ in problems)
        raise DatabaseError(f"foreign keys point to missing rows: {shown}")
