"""Stage 7 — validation: every record through its table's pydantic model.

An invalid record is reported by table, key and field, and the build goes on without
it. Rows that point at a dropped record (a mention of a dropped paragraph) are dropped
too, and reported, so that the published tables keep their foreign keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pydantic

from gonghui.catalog import TABLES, Table
from gonghui.schemas import pydantic_model


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


def validate_rows(table: Table, rows: list[dict[str, Any]]) -> tuple[list[dict], list[Invalid]]:
    """Rows that pass the model, and one report per failing field of the others."""
    model = pydantic_model(table)
    good, bad = [], []
    seen: dict[str, set] = {f.name: set() for f in table.fields if f.unique}
    keys: set[str] = set()
    for row in rows:
        try:
            model.model_validate(row)
        except pydantic.ValidationError as err:
            for e in err.errors():
                where = ".".join(str(x) for x in e["loc"]) or "(row)"
                bad.append(Invalid(table.name, _key(table, row), where, e["msg"]))
            continue
        key = _key(table, row)
        clash = (
            "/".join(table.primary_key)
            if key in keys
            else next(
                (
                    name
                    for name, values in seen.items()
                    if row.get(name) is not None and row[name] in values
                ),
                None,
            )
        )
        if clash:
            bad.append(Invalid(table.name, key, clash, "duplicate value; the first row is kept"))
            continue
        keys.add(key)
        for name, values in seen.items():
            values.add(row.get(name))
        good.append(row)
    return good, bad


def validate_tables(tables: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], list[Invalid]]:
    """Validate every table, then drop rows left pointing at nothing (also reported)."""
    out: dict[str, list[dict]] = {}
    problems: list[Invalid] = []
    for table in TABLES:
        good, bad = validate_rows(table, tables.get(table.name, []))
        out[table.name] = good
        problems.extend(bad)
    changed = True
    while changed:
        changed = False
        for table in TABLES:
            keep = []
            targets = {
                (ref, ref_field): {r[ref_field] for r in out[ref]}
                for _, ref, ref_field in table.foreign_keys
            }
            for row in out[table.name]:
                missing = None
                for name, ref, ref_field in table.foreign_keys:
                    value = row.get(name)
                    if value is not None and value not in targets[(ref, ref_field)]:
                        missing = (name, ref, value)
                        break
                if missing:
                    problems.append(
                        Invalid(
                            table.name,
                            _key(table, row),
                            missing[0],
                            f"refers to {missing[1]} {missing[2]!r}, which was "
                            "dropped or does not exist",
                        )
                    )
                    changed = True
                else:
                    keep.append(row)
            out[table.name] = keep
    return out, problems
