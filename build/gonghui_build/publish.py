"""Stage 8 — published tables: Parquet, SQLite, Table Schemas and ``datapackage.json``.

Deterministic: rows are sorted by each table's declared order and Parquet files carry no
timestamps, so the same pages give the same bytes and the same hashes. The descriptor's
one moving part is its build time (``created``), which ``SOURCE_DATE_EPOCH`` fixes, as
for any reproducible build.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import gonghui
from gonghui.catalog import DATA_VERSION, DB_NAME, PARQUET_MEDIATYPE, TABLES, Table
from gonghui.database import database_from_parquet, rows_from_dicts, write_database
from gonghui.integrity import resource_file_hash
from gonghui.schemas import arrow_schema, table_schema_json
from gonghui_build.rowstore import Source, order_of, sort_order, take_rows
from gonghui_build.text.ner import model_info

__all__ = ["DB_NAME", "PARQUET_MEDIATYPE", "descriptor", "publish", "write_parquet", "write_sqlite"]


#: Rows a Parquet row group holds at most.
ROW_GROUP = 65_536
#: How every Parquet file is compressed: zstd at its own default level (3). Level 9 made
#: the files 4.4 % smaller (1,600 pages: 9.87 against 10.32 MB) for three times zstd's
#: CPU, which every build and every one-page rebuild pays again for all 14 files (the
#: Parquet step 1.5–1.8 against 0.7–0.8 CPU s at 1,600 pages; benchmarks/README.md,
#: stop 33).
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 3}

Data = pa.Table | list[dict[str, Any]] | Source
Tables = Mapping[str, Data]


def as_arrow(table: Table, data: Data) -> pa.Table:
    if isinstance(data, pa.Table):
        return data
    if callable(data):
        return data()
    return pa.Table.from_pylist(list(data), schema=arrow_schema(table))


def write_parquet(table: Table, data: Data, path: Path) -> None:
    """One table as Parquet, in row groups, rows in the table's declared order.

    Each row group is taken in order and written before the next: the sorted copy of a
    large table is never held whole (what ``pq.write_table`` of the sorted table would
    hold), and the file is the same bytes. Given a :data:`~gonghui_build.rowstore.Source`
    (a table mapped from its file at each call), the order is found from the key
    columns of one mapping and each group taken from a fresh one, dropped once written:
    the pages of the file a group read stop counting in the build's memory (a group
    reads about its share of them: rows of one page sit together in the file)."""
    if callable(data):
        order, rows = order_of(table, data)
        arrow, schema = None, arrow_schema(table)
    else:
        arrow = as_arrow(table, data)
        order, rows, schema = sort_order(table, arrow), arrow.num_rows, arrow.schema
    if rows == 0:
        pq.write_table(schema.empty_table(), path, **PARQUET_OPTIONS, row_group_size=ROW_GROUP)
        return
    with pq.ParquetWriter(path, schema, **PARQUET_OPTIONS) as writer:
        for start in range(0, rows, ROW_GROUP):
            source = as_arrow(table, data) if callable(data) else arrow
            group = take_rows(source, order.slice(start, ROW_GROUP))
            del source
            writer.write_table(group, row_group_size=ROW_GROUP)
            del group


def write_sqlite(tables: dict[str, list[dict[str, Any]]], path: Path) -> None:
    """The database Datasette serves (see :mod:`gonghui.database`); rows in table order."""
    write_database({t.name: rows_from_dicts(t, tables.get(t.name, [])) for t in TABLES}, path)


#: What the Data Package says about the dataset, whatever the pages.
PACKAGE_METADATA: dict[str, Any] = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "gonghui",
    "title": "Gonghui: Chinese trade-union newspaper pages as data",
    "description": (
        "Articles, paragraphs, people, organisations, positions and activities read from "
        "pages of Chinese trade-union (工会) newspapers (by default the seed pages of a "
        "Beijing trade-union newspaper, 2015–2023). Every extracted fact carries the page, "
        "paragraph and character span it was read from; OCR repairs are listed in "
        "`repairs`. Built by the gonghui package."
    ),
    "keywords": ["China", "trade unions", "labour", "newspapers", "工会"],
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
            "title": "Pages of trade-union newspapers (the input folder, seeds/ by default)",
            "path": "seeds/",
        }
    ],
    "contributors": [{"title": "gonghui developers", "roles": ["creator"]}],
}


def descriptor(
    output_dir: Path, descriptor_dir: Path, final: tuple[Path, Path] | None = None
) -> dict[str, Any]:
    """The Data Package (v2) describing the Parquet files in ``output_dir``; ``final``:
    the (tables, descriptor) folders the files will have when swapped in, for the paths."""
    final_output, final_descriptor = final or (output_dir, descriptor_dir)
    resources = [_resource(table, output_dir, final_output, final_descriptor) for table in TABLES]
    head = {k: PACKAGE_METADATA[k] for k in ("$schema", "name", "title", "description")}
    return {
        **head,
        "version": DATA_VERSION,
        "created": _build_time(),
        "gonghui_version": gonghui.__version__,
        **{k: v for k, v in PACKAGE_METADATA.items() if k not in head},
        # what read people and organisations in the text besides the rules
        "gonghui:model": model_info(),
        "resources": resources,
    }


def _resource(
    table: Table, output_dir: Path, final_output: Path, final_descriptor: Path
) -> dict[str, Any]:
    """One table's resource: where its file is (relative to the descriptor), its hash
    and its row count, which the loader checks cheaply before it trusts the file."""
    data_path = output_dir / f"{table.name}.parquet"
    return {
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "path": _relative(final_output / data_path.name, final_descriptor),
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "hash": resource_file_hash(data_path),
        "schema": f"schemas/{table.name}.json",
        "gonghui:rows": pq.ParquetFile(data_path).metadata.num_rows,
    }


def _build_time() -> str:
    """UTC build time, or ``SOURCE_DATE_EPOCH`` (seconds) for a reproducible descriptor."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def publish(
    tables: Tables,
    output_dir: Path,
    descriptor_dir: Path | None = None,
    final: tuple[Path, Path] | None = None,
    database: Callable[[Path, Path], Path] = database_from_parquet,
) -> Path:
    """Write every table (Arrow tables or lists of rows), the database from the Parquet
    files (``database(parquet folder, path)``), the schemas and the descriptor; return
    the descriptor's path."""
    descriptor_dir = descriptor_dir or output_dir
    output_dir.mkdir(parents=True, exist_ok=True)
    (descriptor_dir / "schemas").mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (descriptor_dir / "schemas" / f"{table.name}.json").write_text(
            table_schema_json(table), encoding="utf-8"
        )

    # one file at a time, each table dropped once written (``tables`` may hand each over
    # only when asked, see rowstore.Handover): two at once held two tables, their writers'
    # buffers and a heap per thread, for a few seconds saved at 10,000 pages
    for table in TABLES:
        write_parquet(table, tables.get(table.name, []), output_dir / f"{table.name}.parquet")
    database(output_dir, output_dir / DB_NAME)
    path = descriptor_dir / "datapackage.json"
    path.write_text(
        json.dumps(descriptor(output_dir, descriptor_dir, final), ensure_ascii=False, indent=2)
        + "\n",
        encoding="utf-8",
    )
    return path
