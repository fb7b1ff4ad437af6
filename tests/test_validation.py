"""Validation at three levels: pydantic while building, Frictionless on the package, SQL
data checks on the database. Each reports what is wrong with which record."""

from __future__ import annotations

import shutil
import sqlite3

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gonghui.catalog import get
from gonghui_build.checks import run_checks
from gonghui_build.validate import validate_rows, validate_tables
from gonghui_build.verify import verify
from tests.conftest import page_row


def _page(**overrides):
    return page_row(**overrides)


def test_invalid_record_is_reported_by_table_key_and_field():
    good, bad = validate_rows(
        get("pages"), [_page(), _page(page_id="p2", source_file="p2.txt", coverage=1.5)]
    )
    assert [r["page_id"] for r in good] == ["p1"]
    assert len(bad) == 1
    assert (bad[0].table, bad[0].key, bad[0].field) == ("pages", "p2", "coverage")
    assert "p2" in str(bad[0]) and "coverage" in str(bad[0])


def test_enum_and_pattern_violations_are_reported():
    _, bad = validate_rows(get("pages"), [_page(sha256="not-a-hash", date_precision="week")])
    assert {b.field for b in bad} == {"sha256", "date_precision"}


def test_wrong_type_is_not_coerced():
    _, bad = validate_rows(get("pages"), [_page(chars="10")])
    assert [b.field for b in bad] == ["chars"]


def test_duplicate_keys_are_reported_and_the_first_row_kept():
    good, bad = validate_rows(get("pages"), [_page(), _page(sha256="1" * 64)])
    assert len(good) == 1 and good[0]["sha256"] == "0" * 64
    assert bad[0].field == "page_id" and "duplicate" in bad[0].message


def test_rows_pointing_at_a_dropped_record_are_dropped_and_reported():
    tables = {name: [] for name in ("pages", "articles")}
    tables["pages"] = [_page(coverage=2.0)]  # invalid: dropped
    tables["articles"] = [
        {
            "article_id": "a1",
            "page_id": "p1",
            "source_file": "p1.txt",
            "page_order": 1,
            "kind": "feature",
            "kicker": None,
            "headline": "标题",
            "subtitle": None,
            "byline": None,
            "standfirst": None,
            "continued": False,
            "paragraphs": 1,
            "body_chars": 0,
            "page_start": 0,
            "page_end": 2,
            "date": None,
            "date_precision": None,
            "date_basis": "none",
            "date_evidence": None,
        }
    ]
    out, problems = validate_tables(tables)
    assert out["pages"] == [] and out["articles"] == []
    assert {(p.table, p.key, p.field) for p in problems} == {
        ("pages", "p1", "coverage"),
        ("articles", "a1", "page_id"),
    }


def test_sql_checks_return_the_offending_rows(seeds_build, tmp_path):
    out, _ = seeds_build
    db = tmp_path / "broken.db"
    shutil.copy(out / "gonghui.db", db)
    conn = sqlite3.connect(db)  # foreign keys are not enforced on this connection
    conn.execute("UPDATE authors SET person_id = 'per-nobody' WHERE rowid = 1")
    conn.execute("UPDATE pages SET covered_chars = covered_chars - 1 WHERE rowid = 1")
    conn.commit()
    failures = {f.check.name: f.rows for f in run_checks(db)}
    assert failures["relationships authors.person_id → people.person_id"][0][-1] == "per-nobody"
    assert "every page fully covered" in failures
    assert len(failures) == 2


def test_frictionless_accepts_the_seeds_package(seeds_build):
    out, _ = seeds_build
    assert verify(out / "datapackage.json") == []


@pytest.fixture()
def package_copy(seeds_build, tmp_path):
    out, _ = seeds_build
    copy = tmp_path / "package"
    shutil.copytree(out, copy)
    (copy / "gonghui.db").unlink()
    return copy


def test_frictionless_catches_a_broken_foreign_key(package_copy):
    path = package_copy / "authors.parquet"
    table = pq.read_table(path)
    ids = table.column("person_id").to_pylist()
    ids[0] = "per-nobody"
    index = table.schema.get_field_index("person_id")
    table = table.set_column(index, table.schema.field(index), pa.array(ids))
    pq.write_table(table, path)
    problems = verify(package_copy / "datapackage.json")
    assert any("foreign key" in p for p in problems)
    assert any("hash" in p for p in problems)  # the file changed under its hash too


def test_a_changed_file_fails_its_hash(package_copy):
    path = package_copy / "pages.parquet"
    table = pq.read_table(path)
    pq.write_table(table, path, compression="snappy")  # same rows, other bytes
    problems = verify(package_copy / "datapackage.json")
    assert problems == [p for p in problems if "pages: hash" in p] and problems


def test_every_value_is_checked_and_the_failing_rows_named(package_copy):
    path = package_copy / "activities.parquet"
    table = pq.read_table(path)
    index = table.schema.get_field_index("category")
    values = table.column("category").to_pylist()
    values[0] = "party"
    table = table.set_column(index, table.schema.field(index), pa.array(values))
    pq.write_table(table, path)
    problems = [p for p in verify(package_copy / "datapackage.json") if "category" in p]
    first = table.column("activity_id")[0].as_py()
    assert any("activities.category: 1 rows break one of" in p and first in p for p in problems)
