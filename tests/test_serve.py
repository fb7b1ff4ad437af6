"""Which database `gonghui serve` serves: the build's, or one written from the Parquet
files when there is none (a checkout, an installed wheel)."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from gonghui.catalog import TABLES
from gonghui.serve import ServeError, database_for, inspect_data


def _parquet_only(build, folder):
    folder.mkdir()
    for t in TABLES:
        shutil.copy(build / f"{t.name}.parquet", folder)
    return folder


def test_a_current_database_is_served_as_it_is(seeds_build):
    out, _ = seeds_build
    assert database_for(out, echo=lambda _m: None) == out / "gonghui.db"


def test_parquet_files_alone_get_their_database_once(seeds_build, tmp_path):
    out, _ = seeds_build
    folder = _parquet_only(out, tmp_path / "data")
    said = []
    db = database_for(folder, echo=said.append)
    assert db == folder / "gonghui.db" and db.exists() and len(said) == 1
    written = db.stat().st_mtime_ns
    time.sleep(0.01)
    assert database_for(folder, echo=said.append) == db and db.stat().st_mtime_ns == written
    counts = inspect_data(db)["gonghui"]["tables"]
    assert counts["paragraphs"]["count"] > 100


def test_a_database_older_than_its_tables_is_written_again(seeds_build, tmp_path):
    out, _ = seeds_build
    folder = _parquet_only(out, tmp_path / "data")
    (folder / "gonghui.db").write_bytes(b"stale")
    os.utime(folder / "gonghui.db", (0, 0))  # older than the tables
    db = database_for(folder, echo=lambda _m: None)
    assert db.stat().st_size > 100_000


def test_a_folder_without_a_build_says_so(tmp_path):
    with pytest.raises(ServeError, match="gonghui build"):
        database_for(tmp_path, echo=lambda _m: None)
