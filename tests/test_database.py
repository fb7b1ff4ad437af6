"""The SQLite database: rows in table order, search tables without a copy of the text,
written in explicit transactions whatever the locale, the same from Parquet."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from gonghui import fts
from gonghui.catalog import TABLES
from gonghui.database import DatabaseError, database_from_parquet, fts_columns, write_database
from tests.conftest import ROOT, SEEDS

TURKISH = "tr_TR.UTF-8"


def _connect(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_rowid_is_the_declared_order(seeds_build, seeds_tables):
    out, _ = seeds_build
    with _connect(out / "gonghui.db") as conn:
        for t in TABLES:
            key = ", ".join(t.primary_key)
            stored = conn.execute(f'select {key} from "{t.name}" order by rowid').fetchall()
            assert stored == [tuple(r[k] for k in t.primary_key) for r in seeds_tables[t.name]]


def test_search_tables_hold_no_copy_of_the_text(seeds_build):
    out, _ = seeds_build
    with _connect(out / "gonghui.db") as conn:
        names = {r[0] for r in conn.execute("select name from sqlite_master")}
        assert "paragraphs_fts" in names and "paragraphs_fts_content" not in names
        assert conn.execute("select text from paragraphs_fts limit 1").fetchone() == (None,)
        found = conn.execute(
            "select count(*) from paragraphs_fts where paragraphs_fts match ?",
            (fts.to_query("工会主席"),),
        ).fetchone()[0]
        expected = conn.execute(
            "select count(*) from paragraphs where instr(text, '工会主席')"
        ).fetchone()[0]
        assert found == expected > 0


def test_organisations_are_indexed_with_their_other_names():
    organisations = next(t for t in TABLES if t.name == "organisations")
    assert [c for c, _ in fts_columns(organisations)] == ["name", "alias"]


def test_no_rollback_journal_is_left(seeds_build):
    out, _ = seeds_build
    assert not list(out.glob("gonghui.db-*")) and not list(out.glob("*.tmp"))


def test_the_database_from_parquet_is_the_builds(seeds_build, tmp_path):
    out, _ = seeds_build
    rebuilt = database_from_parquet(out, tmp_path / "gonghui.db")
    with _connect(out / "gonghui.db") as built, _connect(rebuilt) as again:
        for t in TABLES:
            query = f'select * from "{t.name}" order by rowid'
            assert built.execute(query).fetchall() == again.execute(query).fetchall(), t.name
        query = "select rowid from paragraphs_fts where paragraphs_fts match ? order by rowid"
        words = (fts.to_query("培训"),)
        assert built.execute(query, words).fetchall() == again.execute(query, words).fetchall()


def test_a_dangling_key_fails_and_leaves_no_file(tmp_path):
    article = {
        "article_id": "art-x",
        "page_id": "nowhere",
        "source_file": "x.txt",
        "page_order": 1,
        "kind": "other",
        "continued": False,
        "paragraphs": 0,
        "body_chars": 0,
        "page_start": 0,
        "page_end": 1,
        "date_basis": "none",
    }
    rows = {"articles": [tuple(article.get(n) for n in TABLES[1].field_names)]}
    with pytest.raises(DatabaseError, match="articles"):
        write_database(rows, tmp_path / "gonghui.db")
    assert list(tmp_path.iterdir()) == []


def _has_locale(name: str) -> bool:
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return name.lower().replace("utf-8", "utf8") in listed


@pytest.mark.skipif(not _has_locale(TURKISH), reason=f"the {TURKISH} locale is not installed")
def test_the_build_writes_its_database_under_a_turkish_locale(tmp_path):
    """Python's implicit transactions depend on the locale; the writer's are explicit."""
    env = {**os.environ, "LC_ALL": TURKISH, "LANG": TURKISH}
    code = (
        "import sys; from pathlib import Path; from gonghui_build import pipeline; "
        "s = pipeline.run(Path(sys.argv[1]), Path(sys.argv[2])); print(s.rows['paragraphs'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.split()[-1]) > 100
