"""A data check and its failure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    sql: str  # returns the failing rows
    #: The constraint of the schema's own DDL (``NOT NULL``, ``PRIMARY KEY`` over
    #: required fields, ``UNIQUE``, ``CHECK``, ``FOREIGN KEY``) that refuses the same
    #: rows, if any: a database written by :class:`gonghui.database.Writer` has been
    #: held to it row by row (foreign keys by ``PRAGMA foreign_key_check`` at the end).
    enforced_by: str | None = None


@dataclass(frozen=True)
class Failure:
    check: Check
    rows: list[tuple]

    def __str__(self) -> str:
        shown = "; ".join(str(r) for r in self.rows[:5])
        more = f" (+{len(self.rows) - 5} more)" if len(self.rows) > 5 else ""
        return f"{self.check.name}: {len(self.rows)} failing rows: {shown}{more}"
