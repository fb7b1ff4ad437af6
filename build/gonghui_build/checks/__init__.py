"""Stage 9 — data tests on the built database, in the spirit of dbt's tests.

Each check is a SQL query that returns the offending rows, generated from the table
declarations: ``not_null`` from ``required``, ``unique`` from ``unique`` and the primary
key, ``accepted_values`` from ``enum``, ``relationships`` from ``references``. A few
checks of the dataset's own invariants follow (spans inside the page, nothing lost).
They run on any database with this schema, whatever constraints it was created with.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gonghui_build.checks.generated import generated_checks
from gonghui_build.checks.invariants import INVARIANTS
from gonghui_build.checks.model import Check, Failure

__all__ = ["Check", "Failure", "all_checks", "generated_checks", "run_checks"]


def all_checks() -> list[Check]:
    return generated_checks() + INVARIANTS


def run_checks(db: Path | sqlite3.Connection) -> list[Failure]:
    """Every check against ``db``; the failures with their offending rows."""
    conn = (
        db
        if isinstance(db, sqlite3.Connection)
        else sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    )
    try:
        failures = []
        for check in all_checks():
            rows = conn.execute(check.sql).fetchall()
            if rows:
                failures.append(Failure(check, rows))
        return failures
    finally:
        if not isinstance(db, sqlite3.Connection):
            conn.close()
