"""Everything derived from the table declarations in :mod:`gonghui.catalog`.

One function per target: the pydantic model, the Frictionless Table Schema, the Arrow
schema, the SQLite DDL. (The Datasette metadata is in :mod:`gonghui.datasette_metadata`.)
Heavy imports happen inside the functions so that ``import gonghui`` stays light.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any, Literal, Optional

from gonghui.catalog import BOOLEAN, INTEGER, NUMBER, STRING, TABLES, Field, Table

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    import pydantic

#: How a missing number may reach a Table Schema reader: empty, or pandas' NaN (the
#: Parquet files hold real nulls; frictionless reads Parquet through pandas).
NULL_NUMBER_MARKERS = ["", "nan"]
#: The range of a Parquet (and SQLite) integer column.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_PYTHON_TYPES = {STRING: str, INTEGER: int, NUMBER: float, BOOLEAN: bool}
_SQL_TYPES = {STRING: "TEXT", INTEGER: "INTEGER", NUMBER: "REAL", BOOLEAN: "INTEGER"}


# --- pydantic ------------------------------------------------------------------------


@functools.cache
def pydantic_model(table: Table) -> type[pydantic.BaseModel]:
    """A pydantic model that accepts exactly the rows the Table Schema accepts."""
    import pydantic

    fields: dict[str, Any] = {}
    for f in table.fields:
        annotation: Any = _PYTHON_TYPES[f.type]
        if f.enum:
            annotation = Literal[f.enum]  # type: ignore[valid-type]
        constraints: dict[str, Any] = {"description": f.description}
        if f.pattern:
            constraints["pattern"] = f.pattern
        if f.minimum is not None:
            constraints["ge"] = f.minimum
        if f.maximum is not None:
            constraints["le"] = f.maximum
        if f.type == INTEGER:  # the Parquet column holds 64 bits: 10**20 is refused here
            constraints["ge"] = max(constraints.get("ge", INT64_MIN), INT64_MIN)
            constraints["le"] = min(constraints.get("le", INT64_MAX), INT64_MAX)
        if f.required and f.type == STRING:
            constraints["min_length"] = 1
        if f.required:
            fields[f.name] = (annotation, pydantic.Field(..., **constraints))
        else:
            fields[f.name] = (Optional[annotation], pydantic.Field(None, **constraints))  # noqa: UP045
    config = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)
    name = "".join(part.capitalize() for part in table.name.split("_"))
    return pydantic.create_model(name, __config__=config, **fields)


# --- Frictionless Table Schema ---------------------------------------------------------


def table_schema(table: Table) -> dict[str, Any]:
    """The Frictionless Table Schema (v2 profile) of ``table``."""
    fields = []
    for f in table.fields:
        spec: dict[str, Any] = {"name": f.name, "type": f.type, "description": f.description}
        constraints: dict[str, Any] = {}
        if f.required:
            constraints["required"] = True
        if f.unique:
            constraints["unique"] = True
        if f.enum:
            constraints["enum"] = list(f.enum)
        if f.pattern:
            constraints["pattern"] = f.pattern
        if f.minimum is not None:
            constraints["minimum"] = _number(f.minimum, f)
        if f.maximum is not None:
            constraints["maximum"] = _number(f.maximum, f)
        if constraints:
            spec["constraints"] = constraints
        if not f.required and f.type in (INTEGER, NUMBER):
            # Parquet is read through pandas, which turns a null number into NaN.
            spec["missingValues"] = NULL_NUMBER_MARKERS
        fields.append(spec)
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": fields,
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    fks = [
        {
            "fields": [name],
            "reference": {"resource": "" if ref == table.name else ref, "fields": [ref_field]},
        }
        for name, ref, ref_field in table.foreign_keys
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def _number(value: float, f: Field) -> int | float:
    return int(value) if f.type == INTEGER else float(value)


def table_schema_json(table: Table) -> str:
    """The Table Schema as the bytes written to ``schemas/<table>.json``."""
    return json.dumps(table_schema(table), ensure_ascii=False, indent=2) + "\n"


# --- Arrow -------------------------------------------------------------------------------


#: pandas' nullable dtypes for the Table Schema types: what ``pd.read_parquet`` restores
#: from the ``pandas`` schema metadata, instead of float64 for an integer with gaps.
PANDAS_DTYPES = {
    INTEGER: ("int64", "Int64"),
    NUMBER: ("float64", "Float64"),
    BOOLEAN: ("bool", "boolean"),
}


def pandas_metadata(table: Table) -> str:
    """The ``pandas`` entry of the Parquet schema metadata (as pyarrow writes it) for the
    number and boolean columns, so that plain ``pd.read_parquet`` (pandas ≥ 2.2) gives
    nullable ``Int64`` / ``Float64`` / ``boolean`` columns, like :func:`gonghui.load`."""
    columns = [
        {
            "name": f.name,
            "field_name": f.name,
            "pandas_type": PANDAS_DTYPES[f.type][0],
            "numpy_type": PANDAS_DTYPES[f.type][1],
            "metadata": None,
        }
        for f in table.fields
        if f.type in PANDAS_DTYPES
    ]
    return json.dumps(
        {
            "index_columns": [],
            "column_indexes": [],
            "columns": columns,
            "creator": {"library": "gonghui"},
            "pandas_version": "2.2.0",
        },
        separators=(",", ":"),
    )


def arrow_schema(table: Table) -> pa.Schema:
    """The Arrow schema of ``<table>.parquet``; field descriptions travel as metadata, and
    pandas' nullable dtypes (see :func:`pandas_metadata`)."""
    import pyarrow as pa

    types = {STRING: pa.string(), INTEGER: pa.int64(), NUMBER: pa.float64(), BOOLEAN: pa.bool_()}
    return pa.schema(
        [
            pa.field(
                f.name,
                types[f.type],
                nullable=not f.required,
                metadata={"description": f.description},
            )
            for f in table.fields
        ],
        metadata={
            "name": table.name,
            "title": table.title,
            "description": table.description,
            "pandas": pandas_metadata(table),
        },
    )


# --- SQLite --------------------------------------------------------------------------------


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def sqlite_ddl(table: Table) -> str:
    """CREATE TABLE with primary key, CHECKs for enums and booleans, and real foreign keys."""
    lines = []
    for f in table.fields:
        col = f"    {_quote(f.name)} {_SQL_TYPES[f.type]}"
        if f.required:
            col += " NOT NULL"
        if f.unique and (f.name,) != table.primary_key:
            col += " UNIQUE"
        checks = []
        if f.enum:
            values = ", ".join("'" + v.replace("'", "''") + "'" for v in f.enum)
            checks.append(f"{_quote(f.name)} IN ({values})")
        if f.type == BOOLEAN:
            checks.append(f"{_quote(f.name)} IN (0, 1)")
        if f.minimum is not None:
            checks.append(f"{_quote(f.name)} >= {_number(f.minimum, f)}")
        if f.maximum is not None:
            checks.append(f"{_quote(f.name)} <= {_number(f.maximum, f)}")
        if checks:
            col += " CHECK (" + " AND ".join(checks) + ")"
        lines.append(col)
    lines.append(f"    PRIMARY KEY ({', '.join(_quote(k) for k in table.primary_key)})")
    for name, ref, ref_field in table.foreign_keys:
        lines.append(
            f"    FOREIGN KEY ({_quote(name)}) REFERENCES {_quote(ref)}({_quote(ref_field)})"
        )
    ddl = f"CREATE TABLE {_quote(table.name)} (\n" + ",\n".join(lines) + "\n);"
    for name, _ref, _ref_field in table.foreign_keys:
        index = f"idx_{table.name}_{name}"
        ddl += f"\nCREATE INDEX {_quote(index)} ON {_quote(table.name)}({_quote(name)});"
    return ddl


def sqlite_schema() -> str:
    """DDL for the whole database, parents before children."""
    return "\n\n".join(sqlite_ddl(t) for t in TABLES) + "\n"
