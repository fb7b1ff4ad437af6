"""Compare two builds table by table: rows added, removed and changed, by primary key.

    python -m gonghui_dev.compare OLD_DIR NEW_DIR [-v] [--table NAME]

A build is a folder of ``<table>.parquet`` files (``data/``, or the output of
``gonghui build --output``). Rows are matched on their table's primary key; a changed
row lists the fields that differ, old → new. The snapshot test uses the same report to
name the rows that changed when the committed data is not the build of the seeds.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from gonghui.catalog import TABLES, Table

Row = dict[str, Any]


@dataclass
class TableDiff:
    """How one table differs between two builds."""

    table: str
    old_rows: int = 0
    new_rows: int = 0
    added: list[Row] = field(default_factory=list)
    removed: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, Row]] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def key(self, row: Row) -> str:
        return "/".join(str(row[k]) for k in _table(self.table).primary_key)

    def summary(self) -> str:
        return (
            f"{self.table:<24} {self.old_rows:>6} → {self.new_rows:<6} "
            f"+{len(self.added)} -{len(self.removed)} ~{len(self.changed)}"
        )

    def details(self, limit: int | None = None) -> list[str]:
        """One line per row added or removed, one per field changed."""
        lines = [f"  + {self.key(r)}: {_short(r)}" for r in self.added[:limit]]
        lines += [f"  - {self.key(r)}: {_short(r)}" for r in self.removed[:limit]]
        for old, new in self.changed[:limit]:
            for name in old:
                if old[name] != new.get(name):
                    lines.append(f"  ~ {self.key(old)}: {name}: {old[name]!r} → {new[name]!r}")
        return lines


def _table(name: str) -> Table:
    return next(t for t in TABLES if t.name == name)


def _short(row: Row, width: int = 120) -> str:
    text = ", ".join(f"{k}={v!r}" for k, v in row.items() if v is not None)
    return text if len(text) <= width else text[: width - 1] + "…"


def _rows(folder: Path, table: Table) -> dict[str, Row]:
    path = folder / f"{table.name}.parquet"
    if not path.exists():
        return {}
    rows = pq.read_table(path).to_pylist()
    return {"/".join(str(r[k]) for k in table.primary_key): r for r in rows}


def compare_table(old_dir: Path, new_dir: Path, table: Table) -> TableDiff:
    old, new = _rows(old_dir, table), _rows(new_dir, table)
    diff = TableDiff(table.name, len(old), len(new))
    diff.added = [new[k] for k in sorted(new.keys() - old.keys())]
    diff.removed = [old[k] for k in sorted(old.keys() - new.keys())]
    diff.changed = [(old[k], new[k]) for k in sorted(old.keys() & new.keys()) if old[k] != new[k]]
    return diff


def compare(old_dir: Path, new_dir: Path) -> list[TableDiff]:
    """Every table of the catalog compared (a table missing from a build has no rows)."""
    return [compare_table(old_dir, new_dir, t) for t in TABLES]


def report(diffs: list[TableDiff], verbose: bool = False, limit: int | None = None) -> str:
    lines = ["table                       old → new    added removed changed"]
    for d in diffs:
        lines.append(d.summary())
        if verbose and not d.same:
            lines += d.details(limit)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    parser.add_argument("--table", help="only this table")
    args = parser.parse_args()
    diffs = compare(args.old, args.new)
    if args.table:
        diffs = [d for d in diffs if d.table == args.table]
    print(report(diffs, args.verbose))


if __name__ == "__main__":
    main()
