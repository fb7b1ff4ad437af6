"""Stage 7 — validation: every record through its table's pydantic model, then keys.

Two steps, so that the first can run where the rows are made (a page's rows in the
worker that read the page) and the second needs only the key columns of the whole
archive, in Arrow:

* :func:`check_rows` — each row against its table's model (types, enumerations,
  patterns, ranges: an integer must fit the 64-bit Parquet column);
* :func:`check_keys` — primary keys and unique fields over the whole table (the first
  row is kept), then foreign keys: rows that point at a dropped or missing record (a
  mention of a dropped paragraph) are dropped too, until nothing changes.

An invalid record is reported by table, key and field and left out; the build goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pydantic

from gonghui.catalog import TABLES, Table
from gonghui.schemas import pydantic_model
from gonghui_build.rowstore import RowStore


@dataclass(frozen=True)
class Invalid:
    table: str
    key: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.key}: {self.field}: {self.message}"


def _key(table: Table, row: dict[str, Any]) -> str:
    return "/".join(str(row.get(k)) for k in table.primary_key)


def check_rows(table: Table, rows: list[dict[str, Any]]) -> tuple[list[dict], list[Invalid]]:
    """Rows that pass the table's model, and one report per failing field of the others."""
    model = pydantic_model(table)
    good, bad = [], []
    for row in rows:
        try:
            model.model_validate(row)
        except pydantic.ValidationError as err:
            for e in err.errors():
                where = ".".join(str(x) for x in e["loc"]) or "(row)"
                bad.append(Invalid(table.name, _key(table, row), where, e["msg"]))
            continue
        good.append(row)
    return good, bad


def has_repeats(table: Table, data: pa.Table) -> bool:
    """Whether any row repeats another's primary key, or the value of a unique field (a
    missing value repeats nothing), counted by Arrow's hash tables: an archive with no
    repeat, the usual case, never turns its key columns into Python values (a million
    rows of keys as Python strings, tuples and sets cost hundreds of MB)."""
    key = list(table.primary_key)
    if len(key) == 1:
        distinct = pc.count_distinct(data.column(key[0]), mode="all").as_py()
    else:
        distinct = data.select(key).group_by(key).aggregate([]).num_rows
    if distinct != data.num_rows:
        return True
    for name in (f.name for f in table.fields if f.unique and f.name not in key):
        values = data.column(name)
        present = len(values) - values.null_count
        if pc.count_distinct(values, mode="only_valid").as_py() != present:
            return True
    return False


def repeated_keys(table: Table, data: pa.Table) -> tuple[list[bool], list[Invalid]]:
    """A keep-mask that drops every row repeating a key or unique value of an earlier row."""
    if not has_repeats(table, data):
        return [True] * data.num_rows, []
    unique = [f.name for f in table.fields if f.unique]
    columns = {n: data.column(n).to_pylist() for n in {*table.primary_key, *unique}}
    keys = list(zip(*(columns[k] for k in table.primary_key), strict=True))
    seen_keys: set[tuple] = set()
    seen: dict[str, set] = {name: set() for name in unique}
    keep, bad = [], []
    for i, key in enumerate(keys):
        clash = "/".join(table.primary_key) if key in seen_keys else None
        clash = clash or next(
            (n for n in unique if columns[n][i] is not None and columns[n][i] in seen[n]), None
        )
        keep.append(clash is None)
        if clash:
            where = "/".join(str(k) for k in key)
            bad.append(Invalid(table.name, where, clash, "duplicate value; the first row is kept"))
            continue
        seen_keys.add(key)
        for n in unique:
            seen[n].add(columns[n][i])
    return keep, bad


def dangling_references(
    table: Table, data: pa.Table, tables: dict[str, pa.Table]
) -> tuple[pa.Array, list]:
    """A keep-mask of the rows whose foreign keys all point at a row, and the others."""
    keep = pa.repeat(True, data.num_rows)
    bad: list[Invalid] = []
    for name, ref, ref_field in table.foreign_keys:
        values = data.column(name)
        ok = pc.or_kleene(pc.is_null(values), pc.is_in(values, tables[ref].column(ref_field)))
        ok = pc.fill_null(ok, True)
        for i in pc.indices_nonzero(pc.and_(keep, pc.invert(ok))).to_pylist():
            row = {k: data.column(k)[i].as_py() for k in table.primary_key}
            value = values[i].as_py()
            message = f"refers to {ref} {value!r}, which was dropped or does not exist"
            bad.append(Invalid(table.name, _key(table, row), name, message))
        keep = pc.and_(keep, ok)
    return keep, bad


def key_columns(table: Table) -> list[str]:
    """The columns the key checks read: the table's keys, unique fields and foreign keys,
    and its fields that other tables' foreign keys point at."""
    return list(dict.fromkeys([*_unique_keys(table), *_referring(table), *_pointed_at(table.name)]))


def _unique_keys(table: Table) -> list[str]:
    """The table's primary key and its unique fields (what :func:`repeated_keys` reads)."""
    return list(dict.fromkeys([*table.primary_key, *(f.name for f in table.fields if f.unique)]))


def _referring(table: Table) -> list[str]:
    """The table's primary key and its foreign keys (what :func:`dangling_references`
    reads of the table itself)."""
    fields = [*table.primary_key, *(name for name, _, _ in table.foreign_keys)]
    return list(dict.fromkeys(fields))


def check_keys(store: RowStore) -> list[Invalid]:
    """Drop (and report) repeated keys, then rows left pointing at nothing, in ``store``.

    Only key columns are read, compact in memory (:meth:`RowStore.columns`), one table's
    at a time beside the fields other tables point at (holding every table's key columns
    at once, with the hash tables counted over them, grew the build by ≈ 0.03 MB a page:
    ≈ 300 MB at 10,000 pages); a table is read whole only to drop its bad rows."""
    problems: list[Invalid] = []
    pointed_at: dict[str, pa.Table] = {}

    def drop(table: Table, keep: pa.Array) -> None:
        store.replace(table.name, store.table(table.name).filter(keep))
        pointed_at.pop(table.name, None)

    def parent(name: str) -> pa.Table:
        if name not in pointed_at:
            pointed_at[name] = store.columns(name, _pointed_at(name))
        return pointed_at[name]

    for table in TABLES:
        keep, bad = repeated_keys(table, store.columns(table.name, _unique_keys(table)))
        if bad:
            drop(table, pa.array(keep))
            problems += bad
    changed = True
    while changed:
        changed = False
        for table in (t for t in TABLES if t.foreign_keys):
            data = store.columns(table.name, _referring(table))
            parents = {ref: parent(ref) for _, ref, _ in table.foreign_keys}
            keep, bad = dangling_references(table, data, parents)
            if bad:
                drop(table, keep)
                problems += bad
                changed = True
    return problems


def _pointed_at(name: str) -> list[str]:
    """The fields of table ``name`` that other tables' foreign keys point at."""
    fields = [field for t in TABLES for _, ref, field in t.foreign_keys if ref == name]
    return list(dict.fromkeys(fields))


def validate_rows(table: Table, rows: list[dict[str, Any]]) -> tuple[list[dict], list[Invalid]]:
    """Rows that pass the model with no repeated key, and a report for each other row."""
    store = RowStore()
    good, bad = check_rows(table, rows)
    store.add(table.name, good)
    data = store.table(table.name)
    keep, repeated = repeated_keys(table, data)
    return [r for r, k in zip(good, keep, strict=True) if k], bad + repeated


def validate_tables(tables: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], list[Invalid]]:
    """Validate every table, then drop rows left pointing at nothing (also reported)."""
    store = RowStore()
    problems: list[Invalid] = []
    for table in TABLES:
        good, bad = check_rows(table, tables.get(table.name, []))
        store.add(table.name, good)
        problems += bad
    problems += check_keys(store)
    return {t.name: store.table(t.name).to_pylist() for t in TABLES}, problems


__all__ = ["Invalid", "check_keys", "check_rows", "validate_rows", "validate_tables"]
