"""Checks generated from the catalog, as dbt generates its generic tests: ``unique``
(primary keys and unique fields), ``not_null`` (required), ``accepted_values`` (enum),
``relationships`` (references).

Each is tagged with the constraint of :func:`gonghui.schemas.sqlite_ddl` that refuses the
same rows (``Check.enforced_by``), so that the build can skip the ones its own writer has
already held the rows to; ``gonghui validate`` runs them all, on any database."""

from __future__ import annotations

from gonghui.catalog import TABLES, Field, Table
from gonghui_build.checks.model import Check


def _q(name: str) -> str:
    return f'"{name}"'


def _key_check(t: Table) -> Check:
    key = ", ".join(_q(k) for k in t.primary_key)
    # SQLite lets a PRIMARY KEY that is not an INTEGER hold NULLs, which this query would
    # group as repeats: the key refuses the same rows only when its fields are NOT NULL.
    required = {f.name for f in t.fields if f.required}
    return Check(
        f"unique {t.name}({', '.join(t.primary_key)})",
        t.name,
        f"SELECT {key}, COUNT(*) FROM {_q(t.name)} GROUP BY {key} HAVING COUNT(*) > 1",
        "PRIMARY KEY" if required.issuperset(t.primary_key) else None,
    )


def _field_checks(t: Table, f: Field) -> list[Check]:
    key = ", ".join(_q(k) for k in t.primary_key)
    table, col = _q(t.name), _q(f.name)
    checks = []
    if f.required:
        sql = f"SELECT {key} FROM {table} WHERE {col} IS NULL"
        checks.append(Check(f"not_null {t.name}.{f.name}", t.name, sql, "NOT NULL"))
    if f.unique and (f.name,) != t.primary_key:
        sql = (
            f"SELECT {col}, COUNT(*) FROM {table} WHERE {col} IS NOT NULL GROUP BY {col} "
            "HAVING COUNT(*) > 1"
        )
        checks.append(Check(f"unique {t.name}.{f.name}", t.name, sql, "UNIQUE"))
    if f.enum:
        values = ", ".join("'" + v + "'" for v in f.enum)
        sql = (
            f"SELECT {key}, {col} FROM {table} WHERE {col} IS NOT NULL AND {col} NOT IN ({values})"
        )
        checks.append(Check(f"accepted_values {t.name}.{f.name}", t.name, sql, "CHECK"))
    if f.references:
        ref_table, ref_field = f.references.split(".")
        sql = (
            f"SELECT {key}, {col} FROM {table} AS child WHERE {col} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {_q(ref_table)} AS parent "
            f"WHERE parent.{_q(ref_field)} = child.{col})"
        )
        name = f"relationships {t.name}.{f.name} → {f.references}"
        checks.append(Check(name, t.name, sql, "FOREIGN KEY"))
    return checks


def generated_checks() -> list[Check]:
    """Every check the table declarations imply, table by table."""
    checks: list[Check] = []
    for t in TABLES:
        checks.append(_key_check(t))
        for f in t.fields:
            checks.extend(_field_checks(t, f))
    return checks
