"""gonghui: Chinese trade-union newspapers as data.

    >>> import gonghui
    >>> gonghui.tables()
    ['pages', 'articles', 'paragraphs', ...]
    >>> people = gonghui.load("people")                 # pandas
    >>> people = gonghui.load("people", format="polars")
    >>> people = gonghui.load("people", format="arrow")  # pyarrow.Table

Importing this package imports neither jieba, frictionless nor datasette: those are
only needed to build (``pip install gonghui[build]``) and serve (``gonghui[serve]``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from gonghui.catalog import TABLES, get

__version__ = "0.3.0"  # the code's version; the data's is catalog.DATA_VERSION
__all__ = ["DataCheckError", "__version__", "data_dir", "load", "tables"]

FORMATS = ("pandas", "arrow", "polars")


def tables() -> list[str]:
    """Names of the published tables, parents before children."""
    return [t.name for t in TABLES]


def data_dir() -> Path:
    """Where the Parquet files are read from.

    In order: the ``GONGHUI_DATA`` environment variable; the tables shipped inside the
    installed package; the ``data/`` folder of a source checkout.
    """
    env = os.environ.get("GONGHUI_DATA")
    if env:
        return Path(env)
    shipped = Path(__file__).parent / "_data"
    if (shipped / "people.parquet").exists():
        return shipped
    checkout = Path(__file__).resolve().parents[2] / "data"
    return checkout


class DataCheckError(ValueError):
    """A table file does not match the descriptor that describes it."""


def load(
    name: str,
    *,
    format: str = "pandas",
    data: str | os.PathLike | None = None,
    descriptor: str | os.PathLike | None = None,
    check: bool = True,
) -> Any:
    """One table, as a pandas DataFrame (default), a pyarrow Table or a polars DataFrame.

    Integer and boolean columns with gaps stay integers and booleans in pandas (nullable
    ``Int64`` / ``boolean`` dtypes), not floats. The file is checked against the build's
    ``datapackage.json`` (``descriptor``, or the one beside the tables): its sha256, its
    number of rows and its columns, once per file (see :mod:`gonghui.integrity`); a file
    that differs raises :class:`DataCheckError` naming it. ``check=False`` loads it as is.
    """
    get(name)  # a clear error for an unknown table
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    folder = Path(data) if data is not None else data_dir()
    path = folder / f"{name}.parquet"
    if not path.exists():
        from gonghui.messages import no_build

        hint = "" if data is not None else " (or set GONGHUI_DATA to a build's folder)"
        raise FileNotFoundError(no_build(folder, path.name) + hint)
    from gonghui.integrity import read_checked

    table = read_checked(name, path, Path(descriptor) if descriptor else None, check)
    if format == "arrow":
        return table
    if format == "polars":
        import polars as pl

        return pl.from_arrow(table)
    import pandas as pd
    import pyarrow as pa

    nullable = {
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.float64(): pd.Float64Dtype(),
    }
    return table.to_pandas(types_mapper=nullable.get, use_threads=False)
