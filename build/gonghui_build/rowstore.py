"""Rows of every table as they are made, held as Arrow record batches.

A row as a Python dict costs about ten times its Arrow form, and an archive of 10,000
pages makes millions of rows: the build hands each page's rows to a :class:`RowStore` as
the page finishes, which turns every :data:`BATCH` rows of a table into one Arrow record
batch and forgets the dicts. Publication then sorts each table in Arrow and writes it as
Parquet row groups; the SQLite database is written from those files in chunks.
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

import pyarrow as pa
import pyarrow.compute as pc

from gonghui.catalog import BY_NAME, TABLES, Table
from gonghui.schemas import arrow_schema

#: Rows of one table turned into one record batch at a time.
BATCH = 10_000

Row = dict[str, Any]
T = TypeVar("T")


class RowStore:
    """Every table's rows, in the order they were added, as Arrow."""

    def __init__(self) -> None:
        self._pending: dict[str, list[Row]] = defaultdict(list)
        self._batches: dict[str, list[pa.RecordBatch]] = defaultdict(list)
        self._tables: dict[str, pa.Table] = {}

    def add(self, table: str, rows: Iterable[Row]) -> None:
        pending = self._pending[table]
        pending.extend(rows)
        if len(pending) >= BATCH:
            self._flush(table)

    def add_batch(self, table: str, batch: pa.RecordBatch) -> None:
        """Rows already in Arrow (a page's rows, made in the worker that read it)."""
        self._flush(table)
        if batch.num_rows:
            self._batches[table].append(batch)

    def _flush(self, table: str) -> None:
        rows = self._pending.pop(table, [])
        if rows:
            schema = arrow_schema(BY_NAME[table])
            self._batches[table].append(pa.RecordBatch.from_pylist(rows, schema=schema))

    def table(self, name: str) -> pa.Table:
        """The table's rows so far, as one Arrow table (kept as such from then on)."""
        self._flush(name)
        if self._batches.get(name):
            batches = self._batches.pop(name)
            parts = (
                [self._tables[name], pa.Table.from_batches(batches)]
                if name in self._tables
                else [pa.Table.from_batches(batches)]
            )
            self._tables[name] = pa.concat_tables(parts).combine_chunks()
        return self._tables.get(name) or arrow_schema(BY_NAME[name]).empty_table()

    def replace(self, name: str, table: pa.Table) -> None:
        self._flush(name)
        self._batches.pop(name, None)
        self._tables[name] = table

    def rows(self, name: str) -> int:
        return self.table(name).num_rows

    def column(self, name: str, field: str) -> list[Any]:
        return self.table(name).column(field).to_pylist()


def sorted_table(table: Table, data: pa.Table) -> pa.Table:
    """Rows in the table's declared order, missing values last (a stable sort, as the
    build's order of rows was before: Python's sort of each row's key)."""
    if data.num_rows == 0:
        return data
    keys = [(k, "ascending", "at_end") for k in table.order_by]
    return data.take(pc.sort_indices(data, sort_keys=keys))


def every_table(store: RowStore) -> dict[str, pa.Table]:
    return {t.name: store.table(t.name) for t in TABLES}


class Pickled(Sequence[T]):
    """A list of values kept as pickles, unpickled when read: what the steps across
    pages need of each page (its facts) costs its pickle's bytes, a fifth of the
    objects, while the build holds every page's."""

    def __init__(self) -> None:
        self._items: list[bytes] = []

    def append(self, value: T) -> None:
        self._items.append(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [pickle.loads(b) for b in self._items[index]]
        return pickle.loads(self._items[index])

    def __iter__(self) -> Iterator[T]:
        return (pickle.loads(b) for b in self._items)
