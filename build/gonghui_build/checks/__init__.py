"""Stage 9 — data tests on the built database, in the spirit of dbt's tests.

Each check is a SQL query that returns the offending rows, generated from the table
declarations: ``not_null`` from ``required``, ``unique`` from ``unique`` and the primary
key, ``accepted_values`` from ``enum``, ``relationships`` from ``references``. A few
checks of the dataset's own invariants follow (spans inside the page, nothing lost).
They run on any database with this schema, whatever constraints it was created with.

A database the build has just written with :class:`gonghui.database.Writer` was held to
the schema's own constraints as its rows went in (``NOT NULL``, ``PRIMARY KEY``,
``UNIQUE``, ``CHECK``: an insert breaking one fails) and to its foreign keys once at the
end (``PRAGMA foreign_key_check``: a row pointing nowhere fails the write): the checks
those constraints already answer find nothing there, so the build runs only the others
(``constraints_held``); ``gonghui validate``, given any database, runs them all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gonghui_build.checks.generated import generated_checks
from gonghui_build.checks.invariants import INVARIANTS
from gonghui_build.checks.model import Check, Failure

__all__ = ["Check", "Failure", "all_checks", "generated_checks", "run_checks"]


def all_checks(constraints_held: bool = False) -> list[Check]:
    """Every check; with ``constraints_held``, not those the database's constraints answer."""
    checks = generated_checks() + INVARIANTS
    return [c for c in checks if not (constraints_held and c.enforced_by)]


def run_checks(db: Path | sqlite3.Connection, constraints_held: bool = False) -> list[Failure]:
    """Every check against ``db``; the failures with their offending rows.

    ``constraints_held``: ``db`` was written by :class:`gonghui.database.Writer`, which
    refused any row breaking the schema's constraints, so the checks they answer are
    skipped (they would cost a scan or a join of every table and find nothing)."""
    conn = (
        db
        if isinstance(db, sqlite3.Connection)
        else sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    )
    try:
        failures = []
        for check in all_checks(constraints_held):
            rows = conn.execute(check.sql).fetchall()
            if rows:
                failures.append(Failure(check, rows))
        return failures
    finally:
        if not isinstance(db, sqlite3.Connection):
            conn.close()
