"""The loader's check of what it loads: a table file against its build's descriptor.

A Parquet file that was truncated, replaced by another build's, or mixed from two builds
still loads in pandas. ``gonghui.load`` compares each file with its resource in the
build's ``datapackage.json`` before it trusts it: the sha256 of the bytes, the number of
rows (``gonghui:rows``) and the columns and their types (the catalog's Arrow schema). The
bytes are read once, hashed and parsed from memory, and a file that passed is not hashed
again while its size and modification time stay the same.

The descriptor is the one given, else ``datapackage.json`` in the folder of the tables
(a build made with ``--output``), else the one in the folder above whose resources are
these files (a source checkout: ``data/`` and ``./datapackage.json``); the wheel ships its
own beside its tables.

Files are read on the calling thread: the tables are small, and pyarrow's thread pool can
abort the interpreter at exit once it has read a file (apache/arrow#34314).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from gonghui.catalog import get

_checked: set[tuple[str, int, int]] = set()


def find_descriptor(folder: Path) -> Path | None:
    """The ``datapackage.json`` describing the tables in ``folder``, if any."""
    own = folder / "datapackage.json"
    if own.is_file():
        return own
    above = folder.resolve().parent / "datapackage.json"
    if above.is_file():
        try:
            package = json.loads(above.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        paths = {(above.parent / r.get("path", "")).resolve() for r in package.get("resources", [])}
        if any(p.parent == folder.resolve() for p in paths):
            return above
    return None


def _resource(descriptor: Path, name: str, path: Path) -> dict[str, Any]:
    from gonghui import DataCheckError

    try:
        package = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataCheckError(f"{descriptor}: cannot be read as a descriptor ({err})") from None
    for resource in package.get("resources", []):
        if resource.get("name") == name:
            return resource
    raise DataCheckError(f"{path}: {descriptor} describes no table {name!r}")


def file_sha256(path: Path) -> str:
    """The sha256 (hex) of a file, read in blocks: a file of any size costs no memory
    (a 32 MB model file or a table file of hundreds of MB is never held whole)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def resource_file_hash(path: Path) -> str:
    """:func:`resource_hash` of a file's bytes, read in blocks."""
    return "sha256:" + file_sha256(path)


def resource_hash(data: bytes) -> str:
    """A table file's ``hash`` as ``datapackage.json`` writes it (``sha256:…``): what the
    build records, ``gonghui validate`` and the loader compare."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _problems(name: str, data: bytes, table, resource: dict[str, Any]) -> list[str]:
    from gonghui.schemas import arrow_schema

    problems = []
    digest = resource_hash(data)
    if resource.get("hash") and digest != resource["hash"]:
        problems.append(f"its sha256 is not the descriptor's ({resource['hash'][:19]}…)")
    rows = resource.get("gonghui:rows")
    if rows is not None and table.num_rows != rows:
        problems.append(f"it has {table.num_rows} rows, the descriptor says {rows}")
    expected = [(f.name, f.type) for f in arrow_schema(get(name))]
    found = [(f.name, f.type) for f in table.schema]
    if found != expected:
        problems.append(
            f"its columns are not those of the table {name!r} "
            f"({', '.join(n for n, _ in found[:6])}…)"
        )
    return problems


def read_checked(name: str, path: Path, descriptor: Path | None, check: bool = True):
    """The Arrow table in ``path``, checked against its descriptor (see the module)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from gonghui import DataCheckError

    if not check:
        return pq.read_table(path, use_threads=False)
    stat = path.stat()
    seen = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if seen in _checked:
        return pq.read_table(path, use_threads=False)
    descriptor = descriptor or find_descriptor(path.parent)
    if descriptor is None:
        raise DataCheckError(
            f"{path}: no datapackage.json describes it, so it cannot be checked; pass "
            "descriptor=… (the build's datapackage.json), or check=False to load it unchecked"
        )
    resource = _resource(descriptor, name, path)
    data = path.read_bytes()
    table = pq.read_table(pa.BufferReader(data), use_threads=False)
    problems = _problems(name, data, table, resource)
    if problems:
        raise DataCheckError(
            f"{path} does not match {descriptor}: {'; '.join(problems)}. The file was changed "
            "or mixed with another build's: build again, or load it with check=False"
        )
    _checked.add(seen)
    return table
