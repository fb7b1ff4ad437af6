"""``gonghui validate``: checks of a published dataset that need no rebuild, each the
tool that does it best at any size:

* **Frictionless** validates the descriptor and the Table Schemas (the Data Package
  profiles), and reads the first :data:`FRICTIONLESS_ROWS` rows of every table its own
  way (types, constraints, keys): what a user running ``frictionless validate`` gets.
  It reads a few hundred rows a second through pandas, so it does not read them all.
* **Arrow** checks every value of every column against its field (types, required,
  enumerations, patterns, ranges), and the primary keys, unique fields and foreign keys
  across the Parquet files: :mod:`gonghui_build.checks.columns`.
* **sha256** of each file against the descriptor (Frictionless does not check ``hash``
  on Parquet), and the Table Schemas on disk against the catalog.
* **SQL** on ``gonghui.db`` (the database Datasette serves): the same keys and values
  there, and the dataset's invariants (:mod:`gonghui_build.checks`).

Every check names the failing rows (their keys, or the rows the SQL returns).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from gonghui.catalog import BY_NAME
from gonghui.integrity import resource_file_hash
from gonghui.schemas import table_schema_json
from gonghui_build.checks import run_checks
from gonghui_build.checks.columns import check_columns, check_keys
from gonghui_build.publish import DB_NAME

#: Rows of each table Frictionless reads.
FRICTIONLESS_ROWS = 1_000


def _frictionless(descriptor: Path, package: dict) -> list[str]:
    """The descriptor and schemas against the profiles, then each table's first rows.
    Table by table: validating the package at once reads every parent table again for
    every foreign key, whatever ``limit_rows`` says (the SQL checks do foreign keys)."""
    import frictionless

    try:
        frictionless.Package(str(descriptor))
    except frictionless.FrictionlessException as err:
        return [f"frictionless: {err.error.message}"]
    problems = []
    for resource in package["resources"]:
        schema_path = descriptor.parent / resource["schema"]
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        schema.pop("foreignKeys", None)  # a table alone has no other tables to point at
        alone = {k: v for k, v in resource.items() if not k.startswith("gonghui:")}
        report = frictionless.Resource(
            {**alone, "schema": schema}, basepath=str(descriptor.parent)
        ).validate(limit_rows=FRICTIONLESS_ROWS)
        for task in report.tasks:
            problems += [f"frictionless {task.name}: {e.message}" for e in task.errors[:10]]
        problems += [f"frictionless: {e.message}" for e in report.errors[:10]]
    return problems


def _file(resource: dict, base: Path) -> list[str]:
    """Hash, schema file and every column of one resource."""
    name, path = resource["name"], base / resource["path"]
    if not path.exists():
        return [f"{name}: {path} is missing"]
    problems = []
    digest = resource_file_hash(path)
    if digest != resource.get("hash"):
        problems.append(
            f"{name}: hash {digest} differs from the descriptor's {resource.get('hash')}"
        )
    if name not in BY_NAME:
        return [*problems, f"{name}: not a table of this version of gonghui"]
    schema_path = base / resource["schema"]
    if schema_path.read_text(encoding="utf-8") != table_schema_json(BY_NAME[name]):
        problems.append(
            f"{name}: {schema_path} differs from the table definition (rebuild to regenerate it)"
        )
    return problems + [str(f) for f in check_columns(BY_NAME[name], path)]


def verify(descriptor: Path, echo: Callable[[str], None] = lambda _m: None) -> list[str]:
    """Problems found with the dataset ``descriptor`` describes (empty when valid)."""
    base = descriptor.parent
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    echo(f"frictionless: the descriptor, the schemas and {FRICTIONLESS_ROWS} rows a table…")
    problems = _frictionless(descriptor, package)
    echo("hashes, schemas and every column (Arrow)…")
    db_dir = None
    for resource in package["resources"]:
        problems += _file(resource, base)
        db_dir = (base / resource["path"]).parent
    echo("keys and foreign keys (Arrow)…")
    files = {r["name"]: base / r["path"] for r in package["resources"]}
    problems += check_keys({k: v for k, v in files.items() if v.exists()})
    if db_dir is not None and (db_dir / DB_NAME).exists():
        echo("SQL data checks…")
        problems.extend(str(f) for f in run_checks(db_dir / DB_NAME))
    return problems
