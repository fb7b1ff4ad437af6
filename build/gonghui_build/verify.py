"""``gonghui validate``: checks of a published dataset that need no rebuild.

* Frictionless validates the descriptor and every resource: types, constraints,
  primary and foreign keys.
* Frictionless does not check ``hash`` on Parquet resources: the sha256 of each file is
  compared with the descriptor here.
* The Table Schemas on disk must be the ones the catalog generates.
* The SQL data checks run on ``gonghui.db`` when it is there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from gonghui.catalog import BY_NAME
from gonghui.schemas import table_schema_json
from gonghui_build.checks import run_checks
from gonghui_build.publish import DB_NAME


def verify(descriptor: Path, echo: Callable[[str], None] = lambda _m: None) -> list[str]:
    """Problems found with the dataset ``descriptor`` describes (empty when valid)."""
    import frictionless

    problems: list[str] = []
    base = descriptor.parent
    package = json.loads(descriptor.read_text(encoding="utf-8"))

    echo("frictionless: validating the package (types, constraints, keys)…")
    report = frictionless.validate(str(descriptor))
    if not report.valid:
        for task in report.tasks:
            for error in task.errors[:10]:
                problems.append(f"frictionless {task.name}: {error.message}")
        for error in report.errors[:10]:
            problems.append(f"frictionless: {error.message}")

    echo("hashes and schemas…")
    db_dir = None
    for resource in package["resources"]:
        path = base / resource["path"]
        db_dir = path.parent
        if not path.exists():
            problems.append(f"{resource['name']}: {path} is missing")
            continue
        digest = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != resource.get("hash"):
            problems.append(
                f"{resource['name']}: hash {digest} differs from the descriptor's "
                f"{resource.get('hash')}"
            )
        schema_path = base / resource["schema"]
        if resource["name"] not in BY_NAME:
            problems.append(f"{resource['name']}: not a table of this version of gonghui")
        elif schema_path.read_text(encoding="utf-8") != table_schema_json(
            BY_NAME[resource["name"]]
        ):
            problems.append(
                f"{resource['name']}: {schema_path} differs from the table "
                "definition (rebuild to regenerate it)"
            )

    if db_dir is not None and (db_dir / DB_NAME).exists():
        echo("SQL data checks…")
        problems.extend(str(f) for f in run_checks(db_dir / DB_NAME))
    return problems
