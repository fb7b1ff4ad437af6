"""Stage 9 — data tests on the built database, in the spirit of dbt's tests.

Each check is a SQL query that returns the offending rows, generated from the table
declarations: ``not_null`` from ``required``, ``unique`` from ``unique`` and the primary
key, ``accepted_values`` from ``enum``, ``relationships`` from ``references``. A few
checks of the dataset's own invariants follow (spans inside the page, nothing lost).
They run on any database with this schema, whatever constraints it was created with.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gonghui.catalog import TABLES


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


def _q(name: str) -> str:
    return f'"{name}"'


def generated_checks() -> list[Check]:
    checks: list[Check] = []
    for t in TABLES:
        key = ", ".join(_q(k) for k in t.primary_key)
        checks.append(
            Check(
                f"unique {t.name}({', '.join(t.primary_key)})",
                t.name,
                f"SELECT {key}, COUNT(*) FROM {_q(t.name)} GROUP BY {key} HAVING COUNT(*) > 1",
            )
        )
        for f in t.fields:
            col = _q(f.name)
            if f.required:
                checks.append(
                    Check(
                        f"not_null {t.name}.{f.name}",
                        t.name,
                        f"SELECT {key} FROM {_q(t.name)} WHERE {col} IS NULL",
                    )
                )
            if f.unique and (f.name,) != t.primary_key:
                checks.append(
                    Check(
                        f"unique {t.name}.{f.name}",
                        t.name,
                        f"SELECT {col}, COUNT(*) FROM {_q(t.name)} "
                        f"WHERE {col} IS NOT NULL GROUP BY {col} "
                        "HAVING COUNT(*) > 1",
                    )
                )
            if f.enum:
                values = ", ".join("'" + v + "'" for v in f.enum)
                checks.append(
                    Check(
                        f"accepted_values {t.name}.{f.name}",
                        t.name,
                        f"SELECT {key}, {col} FROM {_q(t.name)} "
                        f"WHERE {col} IS NOT NULL AND {col} NOT IN ({values})",
                    )
                )
            if f.references:
                ref_table, ref_field = f.references.split(".")
                checks.append(
                    Check(
                        f"relationships {t.name}.{f.name} → {f.references}",
                        t.name,
                        f"SELECT {key}, {col} FROM {_q(t.name)} AS child WHERE {col} IS NOT NULL "
                        f"AND NOT EXISTS (SELECT 1 FROM {_q(ref_table)} AS parent "
                        f"WHERE parent.{_q(ref_field)} = child.{col})",
                    )
                )
    return checks


INVARIANTS = [
    Check(
        "every page fully covered",
        "pages",
        "SELECT page_id, coverage FROM pages WHERE covered_chars != nonblank_chars",
    ),
    Check(
        "spans run forwards",
        "paragraphs",
        "SELECT paragraph_id FROM paragraphs WHERE page_end <= page_start",
    ),
    Check(
        "mention spans inside their paragraph",
        "person_mentions",
        "SELECT m.mention_id FROM person_mentions m JOIN paragraphs p USING (paragraph_id) "
        "WHERE m.text_end > length(p.text) OR m.text_start >= m.text_end",
    ),
    Check(
        "mentions are of the paragraph's article",
        "person_mentions",
        "SELECT m.mention_id FROM person_mentions m JOIN paragraphs p USING (paragraph_id) "
        "WHERE p.article_id IS NOT m.article_id",
    ),
    Check(
        "articles have a body or a headline",
        "articles",
        "SELECT article_id FROM articles WHERE headline IS NULL AND body_chars = 0",
    ),
    Check(
        "repairs inside their paragraph",
        "repairs",
        "SELECT r.repair_id FROM repairs r JOIN paragraphs p USING (paragraph_id) "
        "WHERE r.text_end > length(p.text) OR r.text_start > r.text_end",
    ),
    Check(
        "garbled paragraphs have runs",
        "paragraphs",
        "SELECT paragraph_id FROM paragraphs p WHERE is_garbled AND NOT EXISTS "
        "(SELECT 1 FROM garbled_runs g WHERE g.paragraph_id = p.paragraph_id)",
    ),
]


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
