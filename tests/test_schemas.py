"""One definition per table: every schema the project publishes agrees with the catalog."""

from __future__ import annotations

import json
import sqlite3

import pyarrow.parquet as pq
import pytest

from gonghui import catalog
from gonghui.datasette_metadata import metadata
from gonghui.schemas import arrow_schema, pydantic_model, table_schema, table_schema_json
from tests.conftest import ROOT

TABLES = catalog.TABLES
_SQL = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER"}


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_committed_table_schema_is_generated_from_the_catalog(table):
    on_disk = (ROOT / "schemas" / f"{table.name}.json").read_text(encoding="utf-8")
    assert on_disk == table_schema_json(table)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_pydantic_model_has_the_catalog_fields(table):
    model = pydantic_model(table)
    assert tuple(model.model_fields) == table.field_names
    for f in table.fields:
        assert model.model_fields[f.name].is_required() == f.required, f.name


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_table_schema_keys_and_constraints_follow_the_catalog(table):
    schema = table_schema(table)
    assert schema["primaryKey"] == list(table.primary_key)
    assert [f["name"] for f in schema["fields"]] == list(table.field_names)
    for spec, f in zip(schema["fields"], table.fields, strict=True):
        assert spec["type"] == f.type
        assert spec["description"] == f.description
        assert spec.get("constraints", {}).get("required", False) == f.required
        assert spec.get("constraints", {}).get("enum") == (list(f.enum) if f.enum else None)
    fks = {
        (fk["fields"][0], fk["reference"]["resource"] or table.name, fk["reference"]["fields"][0])
        for fk in schema.get("foreignKeys", [])
    }
    assert fks == set(table.foreign_keys)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_parquet_files_have_the_arrow_schema(table, seeds_build):
    out, _ = seeds_build
    written = pq.read_schema(out / f"{table.name}.parquet")
    assert written.equals(arrow_schema(table), check_metadata=True)


def test_sqlite_tables_keys_and_indexes_follow_the_catalog(seeds_build):
    out, _ = seeds_build
    conn = sqlite3.connect(out / "gonghui.db")
    for table in TABLES:
        info = conn.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [(r[1], r[2], bool(r[3])) for r in info] == [
            (f.name, _SQL[f.type], f.required) for f in table.fields
        ], table.name
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        assert pk == list(table.primary_key)
        fks = {(r[3], r[2], r[4]) for r in conn.execute(f'PRAGMA foreign_key_list("{table.name}")')}
        assert fks == set(table.foreign_keys), table.name
        indexed = {r[1] for r in conn.execute(f'PRAGMA index_list("{table.name}")')}
        for name, _, _ in table.foreign_keys:
            assert f"idx_{table.name}_{name}" in indexed


def test_sqlite_refuses_a_value_outside_an_enum(seeds_build):
    out, _ = seeds_build
    conn = sqlite3.connect(out / "gonghui.db")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE articles SET kind = 'gossip' WHERE rowid = 1")


def test_datasette_metadata_describes_every_column():
    tables = metadata()["databases"]["gonghui"]["tables"]
    for table in TABLES:
        assert tables[table.name]["columns"] == {f.name: f.description for f in table.fields}
        facets = tables[table.name]["facets"]
        assert {f for f in facets if isinstance(f, str)} == {
            f.name for f in table.fields if f.facet
        }
        years = [f["year"] for f in facets if isinstance(f, dict)]
        assert years == [f.name for f in table.fields if f.year_facet]
        assert ("fts_table" in tables[table.name]) == bool(table.search_columns)


def test_descriptor_lists_every_table_with_its_schema():
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].endswith("/2.0/datapackage.json")
    assert [r["name"] for r in package["resources"]] == [t.name for t in TABLES]
    for r in package["resources"]:
        assert r["format"] == "parquet"
        assert r["mediatype"] == "application/vnd.apache.parquet"
        assert r["schema"] == f"schemas/{r['name']}.json"
        assert r["hash"].startswith("sha256:")
    licence_names = {lic["name"] for lic in package["licenses"]}
    assert licence_names == {"MIT", "other-closed"}


def test_every_field_is_described():
    for table in TABLES:
        assert table.description
        for f in table.fields:
            assert len(f.description) > 10, f"{table.name}.{f.name}"
