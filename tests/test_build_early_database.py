"""The database begun from the page tables while the steps across pages run
(``gonghui_build.earlydb``): in a forked process or in this one, the same rows as the
database written from the Parquet files alone; a page table changed since it was
written is not trusted; an error in the forked process is raised in the build."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gonghui.catalog import TABLES
from gonghui.database import DatabaseError, database_from_parquet
from gonghui_build.earlydb import EARLY_TABLES, EarlyDatabase
from gonghui_build.rowstore import RowStore
from tests.conftest import ROOT

DATA = ROOT / "data"


def _every_row(path: Path) -> dict[str, list[tuple]]:
    """Every table of the database (search tables' shadow tables included), by rowid."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        names = [n for (n,) in conn.execute("select name from sqlite_master where type='table'")]
        out = {}
        for name in names:
            try:
                out[name] = conn.execute(f'select rowid, * from "{name}" order by rowid').fetchall()
            except sqlite3.OperationalError:  # a table without rowid
                out[name] = sorted(conn.execute(f'select * from "{name}"').fetchall(), key=repr)
        return out


def _store(folder: Path, extra: dict[str, list[dict]] | None = None) -> RowStore:
    """The page tables of the committed build, each in reverse order (the early database
    must sort them), with ``extra`` rows, in a store on disk as in a build."""
    store = RowStore(folder)
    for name in EARLY_TABLES:
        table = pq.read_table(DATA / f"{name}.parquet")
        rows = table.to_pylist()[::-1] + (extra or {}).get(name, [])
        store.add(name, rows)
    return store


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in-process"])
def test_the_early_database_holds_the_rows_of_one_written_from_parquet(tmp_path, fork):
    expected = database_from_parquet(DATA, tmp_path / "expected.db")
    (tmp_path / "rows").mkdir()
    early = EarlyDatabase(_store(tmp_path / "rows"), tmp_path / "rows" / "gonghui.db", fork)
    try:
        written = early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    got, want = _every_row(written), _every_row(expected)
    assert sum(len(rows) for rows in want.values()) > 0
    assert "paragraphs_fts_data" in got and len(got["paragraphs"]) > 0
    assert got == want
    assert not list((tmp_path / "rows").glob("gonghui.db*"))


def _stray_paragraph(page_id: str) -> dict:
    row = pq.read_table(DATA / "paragraphs.parquet").slice(0, 1).to_pylist()[0]
    return {**row, "paragraph_id": "par-stray", "page_id": page_id, "article_id": None}


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in-process"])
def test_a_page_table_changed_after_the_start_is_written_again_from_parquet(tmp_path, fork):
    (tmp_path / "rows").mkdir()
    page = pq.read_table(DATA / "pages.parquet").column("page_id")[0].as_py()
    store = _store(tmp_path / "rows", {"paragraphs": [_stray_paragraph(page)]})
    early = EarlyDatabase(store, tmp_path / "rows" / "gonghui.db", fork)
    # as the key checks do when they drop a row: the table is replaced in the store
    kept = store.table("paragraphs")
    store.replace(
        "paragraphs", kept.filter(pa.compute.not_equal(kept["paragraph_id"], "par-stray"))
    )
    try:
        written = early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    paragraphs = _every_row(written)["paragraphs"]
    assert len(paragraphs) == pq.read_metadata(DATA / "paragraphs.parquet").num_rows > 0
    assert _every_row(written) == _every_row(database_from_parquet(DATA, tmp_path / "x.db"))


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in-process"])
def test_a_failure_while_writing_is_raised_in_the_build_process(tmp_path, fork):
    (tmp_path / "rows").mkdir()
    store = _store(tmp_path / "rows", {"paragraphs": [_stray_paragraph("no-such-page")]})
    early = EarlyDatabase(store, tmp_path / "rows" / "gonghui.db", fork)
    try:
        with pytest.raises(DatabaseError, match="foreign keys"):
            early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    assert not (tmp_path / "gonghui.db").exists()
    assert not list((tmp_path / "rows").glob("gonghui.db*"))
    assert [t.name for t in TABLES][: len(EARLY_TABLES)] == list(EARLY_TABLES)


def test_the_forked_process_has_ended_once_waited_for(tmp_path):
    (tmp_path / "rows").mkdir()
    early = EarlyDatabase(_store(tmp_path / "rows"), tmp_path / "rows" / "gonghui.db", True)
    try:
        assert multiprocessing.active_children()
        early.wait()  # as the build does before it writes the Parquet files
        assert not multiprocessing.active_children()
        written = early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    assert _every_row(written)["paragraphs"]


@pytest.mark.parametrize("over", [False, True], ids=["at-the-limit", "over-the-limit"])
def test_a_large_archive_waits_for_the_forked_process_before_the_steps_across_pages(
    tmp_path, monkeypatch, over
):
    """Above the limit the database's process and the steps across pages never hold
    memory at once (at 10,000 pages their overlap was the build's peak); at or below it
    they still run side by side. The database is the same either way."""
    from gonghui_build import earlydb

    (tmp_path / "rows").mkdir()
    store = _store(tmp_path / "rows")
    pages = store.rows("pages")
    assert pages > 0
    monkeypatch.setattr(earlydb, "OVERLAP_MAX_PAGES", pages - 1 if over else pages)
    early = EarlyDatabase(store, tmp_path / "rows" / "gonghui.db", True)
    try:
        assert bool(multiprocessing.active_children()) == (not over)
        written = early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    got = _every_row(written)
    assert got["paragraphs"]
    assert got == _every_row(database_from_parquet(DATA, tmp_path / "expected.db"))


def test_an_early_failure_on_a_row_the_key_checks_drop_does_not_fail_the_build(tmp_path):
    (tmp_path / "rows").mkdir()
    twice = pq.read_table(DATA / "paragraphs.parquet").slice(0, 1).to_pylist()
    store = _store(tmp_path / "rows", {"paragraphs": twice})  # a paragraph id twice
    early = EarlyDatabase(store, tmp_path / "rows" / "gonghui.db", True)
    early.wait()
    assert isinstance(early._answer, DatabaseError)  # the early part failed on it
    kept = store.table("paragraphs")
    store.replace("paragraphs", kept.slice(0, kept.num_rows - 1))  # as the key checks do
    try:
        written = early.write(DATA, tmp_path / "gonghui.db")
    finally:
        early.close()
    assert _every_row(written) == _every_row(database_from_parquet(DATA, tmp_path / "x.db"))
