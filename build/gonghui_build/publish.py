"""Stage 8 — published tables: Parquet, SQLite, Table Schemas and ``datapackage.json``.

Deterministic: rows are sorted by each table's declared order and Parquet files carry no
timestamps, so the same pages give the same bytes and the same hashes. The descriptor's
one moving part is its build time (``created``), which ``SOURCE_DATE_EPOCH`` fixes, as
for any reproducible build.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import gonghui
from gonghui.catalog import DATA_VERSION, DB_NAME, PARQUET_MEDIATYPE, TABLES, Table
from gonghui.database import rows_from_dicts, write_database
from gonghui.schemas import arrow_schema, table_schema_json
from gonghui_build.text.ner import model_info

__all__ = ["DB_NAME", "PARQUET_MEDIATYPE", "descriptor", "publish", "write_sqlite"]


def _sort_key(table: Table):
    def key(row: dict[str, Any]):
        return tuple(
            (row.get(k) is None, row.get(k) if row.get(k) is not None else "")
            for k in table.order_by
        )

    return key


def sorted_rows(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=_sort_key(table))


def write_parquet(table: Table, rows: list[dict[str, Any]], path: Path) -> None:
    """One table as Parquet, rows as given (in the table's order)."""
    arrow = pa.Table.from_pylist(rows, schema=arrow_schema(table))
    pq.write_table(arrow, path, compression="zstd", compression_level=9)


def write_sqlite(tables: dict[str, list[dict[str, Any]]], path: Path) -> None:
    """The database Datasette serves (see :mod:`gonghui.database`); rows in table order."""
    write_database({t.name: rows_from_dicts(t, tables.get(t.name, [])) for t in TABLES}, path)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def descriptor(output_dir: Path, descriptor_dir: Path) -> dict[str, Any]:
    """The Data Package (v2) describing the Parquet files in ``output_dir``."""
    resources = []
    for table in TABLES:
        data_path = output_dir / f"{table.name}.parquet"
        resources.append(
            {
                "name": table.name,
                "title": table.title,
                "description": table.description,
                "path": _relative(data_path, descriptor_dir),
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "hash": f"sha256:{sha256(data_path)}",
                "schema": f"schemas/{table.name}.json",
            }
        )
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "gonghui",
        "title": "Gonghui: Beijing trade-union newspaper pages as data",
        "description": (
            "Articles, paragraphs, people, organisations, positions and activities read from "
            "OCR'd pages of a Beijing trade-union (工会) newspaper, 2015–2023. Every extracted "
            "fact carries the page, paragraph and character span it was read from; OCR "
            "repairs are listed in `repairs`. Built by the gonghui package."
        ),
        "version": DATA_VERSION,
        "created": _build_time(),
        "gonghui_version": gonghui.__version__,
        "keywords": ["China", "trade unions", "labour", "Beijing", "newspapers", "工会"],
        "licenses": [
            {
                "name": "MIT",
                "path": "https://opensource.org/licenses/MIT",
                "title": "MIT License: the code, the table structure and the extracted "
                "records (names, titles, dates, counts) as compiled by gonghui",
            },
            {
                "name": "other-closed",
                "title": "The article texts (paragraphs.text, paragraphs.original_text and "
                "the evidence columns) remain the copyright of the newspaper that printed "
                "them; they are reproduced for research and verification, under no licence "
                "from the rights holder",
            },
        ],
        "sources": [
            {
                "title": "OCR'd pages of a Beijing trade-union newspaper (the input folder, "
                "seeds/ by default)",
                "path": "seeds/",
            }
        ],
        "contributors": [{"title": "gonghui developers", "roles": ["creator"]}],
        # what read people and organisations in the text besides the rules
        "gonghui:model": model_info(),
        "resources": resources,
    }


def _build_time() -> str:
    """UTC build time, or ``SOURCE_DATE_EPOCH`` (seconds) for a reproducible descriptor."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def publish(
    tables: dict[str, list[dict[str, Any]]], output_dir: Path, descriptor_dir: Path | None = None
) -> Path:
    """Write every table and the descriptor; return the descriptor's path."""
    descriptor_dir = descriptor_dir or output_dir
    tables = {t.name: sorted_rows(t, tables[t.name]) for t in TABLES}
    output_dir.mkdir(parents=True, exist_ok=True)
    (descriptor_dir / "schemas").mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (descriptor_dir / "schemas" / f"{table.name}.json").write_text(
            table_schema_json(table), encoding="utf-8"
        )
        write_parquet(table, tables[table.name], output_dir / f"{table.name}.parquet")
    write_sqlite(tables, output_dir / DB_NAME)
    path = descriptor_dir / "datapackage.json"
    path.write_text(
        json.dumps(descriptor(output_dir, descriptor_dir), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return path
