"""A data check and its failure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    sql: str  # returns the failing rows


@dataclass(frozen=True)
class Failure:
    check: Check
    rows: list[tuple]

    def __str__(self) -> str:
        shown = "; ".join(str(r) for r in self.rows[:5])
        more = f" (+{len(self.rows) - 5} more)" if len(self.rows) > 5 else ""
        return f"{self.check.name}: {len(self.rows)} failing rows: {shown}{more}"
