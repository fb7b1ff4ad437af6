"""The build runs only the SQL checks its database's own constraints do not answer.

A database written by ``gonghui.database.Writer`` refuses, as it is written, every row
the skipped checks would report (a repeated key, a missing required value, a value out
of its enumeration, a row pointing nowhere); ``gonghui validate`` and ``run_checks``
without ``constraints_held`` still run every check, on any database."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from gonghui.catalog import BY_NAME
from gonghui.database import DatabaseError, rows_from_dicts, write_database
from gonghui_build.checks import all_checks, run_checks
from gonghui_build.checks.generated import _key_check, generated_checks
from tests.conftest import page_row


def _page(**overrides) -> dict:
    """A page row of no article (no article rows are written with it)."""
    return page_row(**{"articles": 0, **overrides})


def _write(tmp_path: Path, tables: dict[str, list[dict]]) -> Path:
    path = tmp_path / "gonghui.db"
    rows = {name: rows_from_dicts(BY_NAME[name], r) for name, r in tables.items()}
    write_database(rows, path)
    return path


def test_the_checks_skipped_are_only_those_a_constraint_answers():
    kept = all_checks(constraints_held=True)
    assert kept and all(c.enforced_by is None for c in kept)
    assert {c.name for c in all_checks()} - {c.name for c in kept} == {
        c.name for c in generated_checks() if c.enforced_by
    }
    assert "every page fully covered" in {c.name for c in kept}


def test_a_key_over_nullable_fields_stays_checked():
    """SQLite's PRIMARY KEY over text lets NULLs repeat, which the check reports."""
    pages = BY_NAME["pages"]
    loose = tuple(replace(f, required=False) for f in pages.fields)
    strict, nullable = _key_check(pages), _key_check(replace(pages, fields=loose))
    assert strict.enforced_by == "PRIMARY KEY"
    assert nullable.enforced_by is None


@pytest.mark.parametrize(
    "rows",
    [
        [_page(), _page(source_file="p2.txt")],  # the primary key repeated
        [_page(), _page(page_id="p2")],  # a unique field repeated
        [_page(sha256=None)],  # a required value missing
        [_page(date_precision="fortnight")],  # a value outside its enumeration
    ],
)
def test_the_writer_refuses_a_row_a_skipped_check_would_report(tmp_path, rows):
    with pytest.raises(DatabaseError):
        _write(tmp_path, {"pages": rows})
    assert not (tmp_path / "gonghui.db").exists()


def _article(**overrides) -> dict:
    row = {}
    for f in BY_NAME["articles"].fields:
        if f.enum:
            row[f.name] = f.enum[0]
        elif f.type in ("integer", "number"):
            row[f.name] = (f.minimum or 0) if f.required else None
        elif f.type == "boolean":
            row[f.name] = False if f.required else None
        else:
            row[f.name] = "x" if f.required else None
    row.update(article_id="a1", **overrides)
    return row


def test_the_writer_refuses_a_row_pointing_nowhere(tmp_path):
    with pytest.raises(DatabaseError, match="foreign keys point to missing rows"):
        _write(tmp_path, {"pages": [_page()], "articles": [_article(page_id="p-nowhere")]})
    assert not (tmp_path / "gonghui.db").exists()


def test_a_database_broken_after_writing_is_still_caught_without_the_flag(tmp_path):
    db = _write(tmp_path, {"pages": [_page()], "articles": [_article(page_id="p1")]})
    with sqlite3.connect(db) as conn:  # foreign keys are not enforced on this connection
        conn.execute("UPDATE articles SET page_id = 'p-nowhere'")
        conn.execute("UPDATE pages SET covered_chars = 7")
    every = {f.check.name for f in run_checks(db)}
    assert "relationships articles.page_id → pages.page_id" in every
    assert "every page fully covered" in every
    held = {f.check.name for f in run_checks(db, constraints_held=True)}
    assert "every page fully covered" in held
    assert held == every - {c.name for c in generated_checks() if c.enforced_by}
