"""``gonghui serve``: Datasette in this process, read-only, on a build or on the tables the
package ships.

* The database is ``<data>/gonghui.db`` when it is there and newer than the Parquet
  files; otherwise it is written from the Parquet files (:mod:`gonghui.database`) on
  first serve — beside them in a build or a checkout, in the user's cache for the tables
  inside an installed wheel — so ``pip install gonghui[serve]`` then ``gonghui serve``
  works with no build.
* One process, no temporary files: SIGINT (Ctrl+C) and SIGTERM stop uvicorn cleanly and
  leave nothing behind.
* The folder of the Parquet files reaches the plugin through the environment, so no path
  of this machine shows in ``/-/metadata.json``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gonghui
from gonghui.catalog import DB_NAME, TABLES
from gonghui.messages import no_build

PARQUET_ENV = "GONGHUI_PARQUET_DIR"


class ServeError(RuntimeError):
    """Nothing to serve (no build), or serving needs what is not installed."""


def default_data() -> Path:
    """``./data`` when it holds a build, else the tables :func:`gonghui.data_dir` finds."""
    local = Path("data")
    return local if (local / f"{TABLES[0].name}.parquet").exists() else gonghui.data_dir()


def _parquet_files(folder: Path) -> list[Path]:
    return [folder / f"{t.name}.parquet" for t in TABLES]


def _is_current(db: Path, parquet: list[Path]) -> bool:
    return db.exists() and db.stat().st_mtime >= max(p.stat().st_mtime for p in parquet)


def _cache_path(parquet: list[Path]) -> Path:
    """A database in the user's cache, keyed by the Parquet files it is written from."""
    key = hashlib.sha256()
    for p in parquet:
        key.update(f"{p.resolve()}:{p.stat().st_size}:{p.stat().st_mtime_ns}\n".encode())
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "gonghui" / key.hexdigest()[:16] / DB_NAME


def database_for(folder: Path, echo: Callable[[str], None] = print) -> Path:
    """The database to serve for the build in ``folder``, written first when needed."""
    parquet = _parquet_files(folder)
    db = folder / DB_NAME
    missing = [p.name for p in parquet if not p.exists()]
    if missing:
        if db.exists():
            return db
        raise ServeError(no_build(folder, missing[0]))
    if _is_current(db, parquet):
        return db
    shipped = folder.resolve() == (Path(gonghui.__file__).parent / "_data").resolve()
    target = _cache_path(parquet) if shipped or not os.access(folder, os.W_OK) else db
    if not _is_current(target, parquet):
        from gonghui.database import database_from_parquet

        echo(f"Writing the database from the Parquet files in {folder} → {target} …")
        target.parent.mkdir(parents=True, exist_ok=True)
        database_from_parquet(folder, target)
    return target


def inspect_data(db: Path) -> dict[str, Any]:
    """What Datasette would compute on every request for an immutable file: row counts,
    size, and an identifier of this file (its size and time, not a hash of its bytes)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        counts = {
            t.name: conn.execute(f'select count(*) from "{t.name}"').fetchone()[0] for t in TABLES
        }
    stat = db.stat()
    return {
        db.stem: {
            "hash": hashlib.sha256(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest(),
            "size": stat.st_size,
            "file": db.name,
            "tables": {name: {"count": n} for name, n in counts.items()},
        }
    }


def make_datasette(db: Path, parquet_dir: Path):
    """The Datasette application serving ``db`` read-only with the gonghui metadata."""
    try:
        from datasette.app import Datasette
    except ModuleNotFoundError as err:
        if err.name != "datasette":
            raise
        raise ServeError("serving needs Datasette: pip install 'gonghui[serve]'") from None
    from gonghui.datasette_metadata import SETTINGS, metadata

    os.environ[PARQUET_ENV] = str(parquet_dir.resolve())
    return Datasette(
        [],
        immutables=[str(db)],
        metadata=metadata(),
        settings=SETTINGS,
        inspect_data=inspect_data(db),
    )


def _check_port_free(host: str, port: int) -> None:
    """Refuse at once, with the way out, when the port is taken (often a server started
    earlier): uvicorn would log the error among its start-up lines, after "Serving"."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((host, port))
        except OSError as err:
            raise ServeError(
                f"cannot listen on {host}:{port} ({err.strerror}): another server (an earlier "
                f"`gonghui serve`?) holds it; stop it, or choose another port: --port {port + 1}"
            ) from None


def serve(folder: Path, host: str, port: int, echo: Callable[[str], None] = print) -> None:
    """Serve the build in ``folder`` until SIGINT or SIGTERM."""
    _check_port_free(host, port)
    db = database_for(folder, echo)
    ds = make_datasette(db, folder)
    import uvicorn

    asyncio.run(ds.invoke_startup())
    echo(f"Serving {db} at http://{host}:{port}/ (Ctrl+C to stop)")
    # uvicorn shuts down cleanly on SIGINT and SIGTERM, then raises the signal again:
    # Ctrl+C ends here as a KeyboardInterrupt, which is how a user stops a server.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
