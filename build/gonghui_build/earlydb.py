"""The database's page tables and their search tables, written while the build works out
identity across pages.

Once every page is read, the tables a page makes on its own (pages, articles, paragraphs,
repairs, garbled runs: :data:`EARLY_TABLES`) are complete: the steps across pages add
rows to the other tables only, and the key checks drop rows of a page table only when
that table's own keys clash (page tables point only at page tables). Their rows and
search tables, most of the database's time (the paragraphs' bigram index above all), are
therefore written first, from the rows the pages gave (sorted in each table's declared
order, as their Parquet files will be); the other tables follow from their Parquet files
(:meth:`EarlyDatabase.write`).

With ``--jobs 2`` and more, this runs in a process forked once the pages are read, on
the second core, while this one works out identity across pages, the fact rows and the
key checks; that process then closes the file and ends, and this one (having waited for
it before the Parquet files) writes the rest: in the forked process, the rest held
about 100 MB at 1,600 pages on top of this process's while it only waited. With
``--jobs 1``, all in this process, in the same order. Either way the database holds the
same rows as one written from the Parquet files alone
(:func:`gonghui.database.database_from_parquet`): each table goes in in its declared
order, so its ``rowid`` and its search table's are the same. If a page table changed
after it was written (the key checks dropped a row), the early part is thrown away and
the database written from the Parquet files alone.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator, Mapping
from multiprocessing.connection import Connection
from pathlib import Path

from gonghui.catalog import BY_NAME, TABLES, Table
from gonghui.database import CHUNK, Writer, database_from_parquet, parquet_rows
from gonghui_build.heap import give_back_freed_memory
from gonghui_build.perpage import PAGE_TABLES
from gonghui_build.rowstore import RowStore, Source, order_of, take_rows

__all__ = ["EARLY_TABLES", "EarlyDatabase"]

#: Tables written before the steps across pages: those a page makes on its own.
EARLY_TABLES = PAGE_TABLES

#: Above this many pages the forked process is waited for before the steps across pages
#: begin instead of running beside them. Run together they hold about 0.1 MB a page
#: (the steps' own growth plus the forked process's tables), which passes the reading's
#: peak (about 0.025 MB a page over 880 MB) near 3,000 pages: at 10,000 pages the overlap
#: was the build's peak, 1,364 MB against reading's 1,111 (``benchmarks/README.md``,
#: 2026-12-04). Below it the overlap costs no memory and saves the database's wall time.
OVERLAP_MAX_PAGES = 2_500


def _sorted_rows(table: Table, source: Source) -> Iterator[tuple]:
    """The table's rows as tuples in field order, in the table's declared order (the
    order of its Parquet file), :data:`~gonghui.database.CHUNK` rows at a time from a
    fresh mapping of its file."""
    order, rows = order_of(table, source)
    names = list(table.field_names)
    for start in range(0, rows, CHUNK):
        part = take_rows(source().select(names), order.slice(start, CHUNK))
        yield from zip(*(column.to_pylist() for column in part.columns), strict=True)


def _write_early(writer: Writer, sources: Mapping[str, Source]) -> None:
    for name in EARLY_TABLES:
        writer.insert(BY_NAME[name], _sorted_rows(BY_NAME[name], sources[name]))
    for name in EARLY_TABLES:
        table = BY_NAME[name]
        if table.search_columns and all(
            r.split(".")[0] in EARLY_TABLES for r in table.search_related
        ):
            writer.search_index(table)


def _write_rest(writer: Writer, parquet: Path) -> None:
    for table in TABLES:
        if table.name not in EARLY_TABLES:
            writer.insert(table, parquet_rows(table, parquet))
    writer.finish()


def _in_child(conn: Connection, path: Path, sources: Mapping[str, Source]) -> None:
    """The forked process: the early part, handed back to the build process (which
    writes the rest itself, so that this process's memory is given back as soon as the
    early part is in); sends the search tables filled, or the error. What it inherits
    (identity across pages gathered while the pages were read, among the rest) is
    frozen out of its garbage collector first, so that it stays shared with the build
    process instead of being copied page by page as the collector walks it."""
    gc.freeze()
    writer = Writer(path)
    try:
        _write_early(writer, sources)
        conn.send(writer.hand_over())
    except BaseException as err:  # the build process raises it
        try:
            conn.send(err)
        except Exception:  # an error that cannot be pickled
            conn.send(RuntimeError(repr(err)))
    finally:
        writer.close()
        conn.close()


class EarlyDatabase:
    """The database begun from ``store``'s page tables at ``path`` (in a forked process
    when ``fork``, waited for at once when the store holds more than
    :data:`OVERLAP_MAX_PAGES` pages), finished by :meth:`write`."""

    def __init__(self, store: RowStore, path: Path, fork: bool) -> None:
        self.store, self.path = store, path
        sources = {name: store.source(name) for name in EARLY_TABLES}
        self._writes = [store.writes[name] for name in EARLY_TABLES]
        self._writer: Writer | None = None
        self._process = None
        #: What the forked process sent back: the search tables it filled, or its error.
        self._answer: set[str] | BaseException = set()
        if not fork:
            self._writer = Writer(path)
            _write_early(self._writer, sources)
            return
        # memory freed after reading (jieba's dictionaries, the pages' texts) would
        # otherwise be inherited by the child and, once this process reuses it, copied
        give_back_freed_memory()
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_in_child, args=(child, path, sources))
        self._process.start()
        child.close()
        if store.rows("pages") > OVERLAP_MAX_PAGES:
            self.wait()

    def _unchanged(self) -> bool:
        return [self.store.writes[name] for name in EARLY_TABLES] == self._writes

    def wait(self) -> None:
        """Wait for the forked process to end: the build calls this before it writes the
        Parquet files, its largest step, so that the two never hold memory at once (on
        two free cores the forked process ends first)."""
        if self._process is None:
            return
        try:
            self._answer = self._conn.recv()
        except EOFError:
            self._answer = RuntimeError("the database's process ended without an answer")
        self._process.join()
        self._conn.close()
        self._process = None

    def write(self, parquet: Path, target: Path) -> Path:
        """The whole database at ``target``: the other tables from the Parquet files in
        ``parquet`` (or every table, if a page table changed since it was written)."""
        self.wait()
        if not self._unchanged():
            self.close()
            return database_from_parquet(parquet, target)
        if self._writer is None:
            if isinstance(self._answer, BaseException):
                raise self._answer
            self._writer = Writer(self.path, indexed=self._answer)
        _write_rest(self._writer, parquet)
        self.path.replace(target)
        return target

    def close(self) -> None:
        """Stop: the forked process ended if it still runs, the unfinished database
        removed."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
            self._conn.close()
            self._process = None
        Path(f"{self.path}.tmp").unlink(missing_ok=True)
