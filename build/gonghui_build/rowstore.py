"""Rows of every table as they are made, held as Arrow record batches — on disk, for a
build of many pages.

A row as a Python dict costs about ten times its Arrow form, and an archive of 10,000
pages makes millions of rows: the build hands each page's rows to a :class:`RowStore` as
the page finishes, which turns every :data:`BATCH` rows of a table into one Arrow record
batch and forgets the dicts. Given a folder, the store appends each table's batches to an
Arrow IPC file there as they come and reads the file back memory-mapped when the table is
asked for, so that the rows of an archive cost the build's process almost nothing while
the pages are read (record batches received from worker processes, held in memory, cost
several times their bytes: ≈ 0.2 MB a page). Publication then sorts each table in Arrow
and writes it as Parquet row groups; the SQLite database is written from those files in
chunks. :class:`Pickled` keeps each page's facts the same way.
"""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import pyarrow as pa
import pyarrow.compute as pc

from gonghui.catalog import BY_NAME, TABLES, Table
from gonghui.schemas import arrow_schema

#: Rows of one table turned into one record batch at a time.
BATCH = 10_000
#: A table's rows, given at each call (mapped from their file afresh, or held).
Source = Callable[[], pa.Table]

Row = dict[str, Any]
T = TypeVar("T")


class RowStore:
    """Every table's rows, in the order they were added, as Arrow; with ``folder``, the
    batches added before a table is first read wait in ``folder/<table>.arrow``."""

    def __init__(self, folder: Path | None = None) -> None:
        self._pending: dict[str, list[Row]] = defaultdict(list)
        self._batches: dict[str, list[pa.RecordBatch]] = defaultdict(list)
        self._tables: dict[str, pa.Table] = {}
        self._folder = folder
        self._files: dict[str, pa.ipc.RecordBatchFileWriter] = {}
        #: Tables whose rows are all in their closed file (mapped again when asked for).
        self._on_disk: set[str] = set()
        #: Calls that added or replaced rows, by table: whether a table changed since.
        self.writes: Counter[str] = Counter()

    def add(self, table: str, rows: Iterable[Row]) -> None:
        self.writes[table] += 1
        pending = self._pending[table]
        pending.extend(rows)
        if len(pending) >= BATCH:
            self._flush(table)

    def add_batch(self, table: str, batch: pa.RecordBatch) -> None:
        """Rows already in Arrow (a page's rows, made in the worker that read it)."""
        self.writes[table] += 1
        self._flush(table)
        if batch.num_rows:
            self._keep(table, batch)

    def _keep(self, table: str, batch: pa.RecordBatch) -> None:
        if self._folder is None or table in self._tables:
            self._batches[table].append(batch)
            return
        if table not in self._files:
            path = self._folder / f"{table}.arrow"
            self._files[table] = pa.ipc.new_file(path, arrow_schema(BY_NAME[table]))
        self._files[table].write_batch(batch)

    def _flush(self, table: str) -> None:
        rows = self._pending.pop(table, [])
        if rows:
            schema = arrow_schema(BY_NAME[table])
            self._keep(table, pa.RecordBatch.from_pylist(rows, schema=schema))

    def _stored(self, name: str) -> Stored:
        assert self._folder is not None
        return Stored(self._folder / f"{name}.arrow", arrow_schema(BY_NAME[name]).names)

    def _mapped(self, name: str) -> pa.Table:
        return self._stored(name)()

    def _close(self, name: str) -> None:
        self._flush(name)
        if name in self._files:
            self._files.pop(name).close()
            self._on_disk.add(name)

    def table(self, name: str) -> pa.Table:
        """The table's rows so far, as one Arrow table (kept as such from then on)."""
        self._close(name)
        if name in self._on_disk and name not in self._tables:
            self._tables[name] = self._mapped(name)
        if self._batches.get(name):
            self._on_disk.discard(name)
            batches = self._batches.pop(name)
            parts = (
                [self._tables[name], pa.Table.from_batches(batches)]
                if name in self._tables
                else [pa.Table.from_batches(batches)]
            )
            self._tables[name] = pa.concat_tables(parts).combine_chunks()
        return self._tables.get(name) or arrow_schema(BY_NAME[name]).empty_table()

    def replace(self, name: str, table: pa.Table) -> None:
        self.writes[name] += 1
        self._flush(name)
        self._batches.pop(name, None)
        self._on_disk.discard(name)
        self._tables[name] = table

    def columns(self, name: str, fields: Sequence[str]) -> pa.Table:
        """Some columns of the table, compact in memory. A table in its file is read
        without mapping it: a page's batch holds a few dozen rows, so its columns share
        pages of memory, and reading one column of a mapped file maps nearly all of it
        (pages that then count in the process's memory until the mapping is dropped)."""
        self._close(name)
        if name not in self._on_disk or name in self._tables:
            return self.table(name).select(list(fields)).combine_chunks()
        return self._stored(name).columns(fields)

    def release(self) -> None:
        """Drop the mappings of the tables whose rows are all in their files (they are
        mapped again when asked for): the pages read so far stop counting."""
        for name in self._on_disk:
            self._tables.pop(name, None)

    def take(self, name: str) -> Source:
        """The table's rows as a :data:`Source`, forgotten by the store: a table in its
        file is mapped afresh at each call (a caller that reads it in parts, calling
        again for each part, holds only the pages of one part); a table in memory is
        let go once the caller drops it."""
        source = self.source(name)
        self._tables.pop(name, None)
        self._on_disk.discard(name)
        return source

    def source(self, name: str) -> Source:
        """The table's rows so far as a :data:`Source` the store keeps too (a table in
        its file is mapped afresh at each call, also in a process forked after this)."""
        table = self.table(name)
        if name in self._on_disk:
            self._tables.pop(name, None)
            del table
            return self._stored(name)
        return lambda: table

    def rows(self, name: str) -> int:
        return self.columns(name, BY_NAME[name].primary_key[:1]).num_rows

    def column(self, name: str, field: str) -> list[Any]:
        return self.columns(name, [field]).column(field).to_pylist()


class Stored:
    """A table's rows in its closed Arrow file: the whole table mapped afresh at each
    call (a :data:`Source`), or some of its columns read compact (:meth:`columns`)."""

    def __init__(self, path: Path, names: Sequence[str]) -> None:
        self.path, self.names = path, list(names)

    def __call__(self) -> pa.Table:
        """The file, mapped (its pages read from disk when used, and counted in the
        process's memory until the mapping is dropped)."""
        return pa.ipc.open_file(pa.memory_map(str(self.path))).read_all()

    def columns(self, fields: Sequence[str]) -> pa.Table:
        """Some columns, compact in memory, read without mapping the file: a page's
        batch holds a few dozen rows, so its columns share pages of memory, and reading
        one column of a mapped file maps nearly all of it (pages that then count in the
        process's memory until the mapping is dropped)."""
        included = [self.names.index(f) for f in fields]
        options = pa.ipc.IpcReadOptions(included_fields=included)
        with pa.OSFile(str(self.path)) as source:
            return pa.ipc.open_file(source, options=options).read_all().combine_chunks()


def order_of(table: Table, source: Source) -> tuple[pa.Array, int]:
    """The rows' positions in the table's declared order (:func:`sort_order`), and how
    many rows: from the sort keys alone when the rows wait in their file (sorting a
    mapping of the whole file mapped all of it: the paragraphs' text, ≈ 36 MB at 1,600
    pages, counted in the process's memory while the order was found)."""
    if isinstance(source, Stored):
        keys = source.columns(table.order_by)
        return sort_order(table, keys), keys.num_rows
    data = source()
    return sort_order(table, data), data.num_rows


def take_rows(data: pa.Table, positions: pa.Array) -> pa.Table:
    """``data.take(positions)``, from the span of rows the positions fall in: Arrow takes
    from a column of many chunks (a page's rows each) by first joining all of them, so
    a part of a large table taken whole joined the whole column for each part (the
    paragraphs' text at 10,000 pages: hundreds of MB for each 20,000 rows). Tables kept
    in their files in about their declared order (pages, articles, paragraphs) take each
    part from a span of about its size."""
    if len(positions) == 0:
        return data.take(positions)
    low, high = pc.min_max(positions).values()
    start = low.as_py()
    span = data.slice(start, high.as_py() - start + 1)
    return span.take(pc.subtract(positions, pa.scalar(start, positions.type)))


def sort_order(table: Table, data: pa.Table) -> pa.Array:
    """Positions of the rows in the table's declared order, missing values last (a
    stable sort, as the build's order of rows was before: Python's sort of each row's
    key)."""
    keys = [(k, "ascending", "at_end") for k in table.order_by]
    return pc.sort_indices(data, sort_keys=keys)


class Handover(Mapping[str, Source]):
    """Every table of a store, each taken out of it when asked for (:meth:`RowStore.take`):
    publication writes a table and drops it before it asks for the next, so that the
    build holds the table being written, not every table of the archive at once (the
    pages of a mapped file, once read, count in the process's memory until it is
    unmapped: the store's own mappings are dropped first). Each table can be asked for
    once."""

    def __init__(self, store: RowStore) -> None:
        self._store = store
        store.release()

    def __getitem__(self, name: str) -> Source:
        if name not in BY_NAME:
            raise KeyError(name)
        return self._store.take(name)

    def __iter__(self) -> Iterator[str]:
        return (t.name for t in TABLES)

    def __len__(self) -> int:
        return len(TABLES)


def every_table(store: RowStore) -> Handover:
    return Handover(store)


class Pickled(Sequence[T]):
    """A list of values kept as pickles in a file, unpickled when read: what the steps
    across pages need of each page (its facts) costs the build's memory nothing while it
    holds every page's (in memory when no file is given)."""

    def __init__(self, path: Path | None = None) -> None:
        self._spans: list[tuple[int, int]] = []
        self._items: list[bytes] = []
        self._file: IO[bytes] | None = path.open("w+b") if path is not None else None

    def append(self, value: T) -> None:
        self.append_pickled(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def append_pickled(self, data: bytes) -> None:
        """A value given as its pickle (one already made: it is not pickled again)."""
        if self._file is None:
            self._items.append(data)
            return
        self._file.seek(0, 2)
        self._spans.append((self._file.tell(), len(data)))
        self._file.write(data)

    def _bytes(self, n: int) -> bytes:
        if self._file is None:
            return self._items[n]
        start, size = self._spans[n]
        self._file.seek(start)
        return self._file.read(size)

    def __len__(self) -> int:
        return len(self._spans) if self._file is not None else len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [pickle.loads(self._bytes(n)) for n in range(len(self))[index]]
        return pickle.loads(self._bytes(range(len(self))[index]))

    def __iter__(self) -> Iterator[T]:
        return (pickle.loads(self._bytes(n)) for n in range(len(self)))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
