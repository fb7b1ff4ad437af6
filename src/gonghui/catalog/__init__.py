"""The catalog: the one declaration of every published table.

Each table's fields are written here once: name, type, constraints, description and
relations. Everything else is derived from this package by :mod:`gonghui.schemas` — the
pydantic models that validate records during the build, the Frictionless Table Schemas
in ``schemas/``, the Arrow schemas of the Parquet files, the SQLite DDL and the
Datasette metadata — so that they cannot drift apart.

The declarations are split by what the tables are about (``pages``, ``paragraphs``,
``people``, ``organisations``, ``activities``; the shared column shapes in ``fields``);
this module gathers them in the order the tables are created and loaded in. The package
imports nothing beyond the standard library: the loader imports it.
"""

from __future__ import annotations

import difflib
from enum import Enum
from typing import Any

from gonghui.catalog.activities import (
    ACTIVITIES,
    ACTIVITY_CATEGORIES,
    ACTIVITY_PARTICIPANTS,
)
from gonghui.catalog.fields import (
    BOOLEAN,
    DATA_VERSION,
    DB_NAME,
    INTEGER,
    ISO_PARTIAL_DATE,
    NUMBER,
    PARQUET_MEDIATYPE,
    STRING,
    Field,
    Table,
)
from gonghui.catalog.organisations import (
    ORG_TYPES,
    ORGANISATION_ALIASES,
    ORGANISATION_MENTIONS,
    ORGANISATIONS,
)
from gonghui.catalog.pages import (
    ARTICLES,
    PAGES,
)
from gonghui.catalog.paragraphs import (
    GARBLED_RUNS,
    PARAGRAPH_ROLES,
    PARAGRAPHS,
    REPAIR_KINDS,
    REPAIRS,
)
from gonghui.catalog.people import (
    AUTHORS,
    MENTION_SIGNALS,
    MENTION_SOURCES,
    MERGE_RULES,
    PEOPLE,
    PERSON_MENTIONS,
    PERSON_MERGES,
    POSITIONS,
)

__all__ = [
    "ACTIVITIES",
    "ACTIVITY_CATEGORIES",
    "ACTIVITY_PARTICIPANTS",
    "ARTICLES",
    "AUTHORS",
    "BOOLEAN",
    "BY_NAME",
    "DATA_VERSION",
    "DB_NAME",
    "GARBLED_RUNS",
    "INTEGER",
    "ISO_PARTIAL_DATE",
    "MENTION_SIGNALS",
    "MENTION_SOURCES",
    "MERGE_RULES",
    "NUMBER",
    "ORGANISATIONS",
    "ORGANISATION_ALIASES",
    "ORGANISATION_MENTIONS",
    "ORG_TYPES",
    "PAGES",
    "PARAGRAPHS",
    "PARAGRAPH_ROLES",
    "PARQUET_MEDIATYPE",
    "PEOPLE",
    "PERSON_MENTIONS",
    "PERSON_MERGES",
    "POSITIONS",
    "REPAIRS",
    "REPAIR_KINDS",
    "STRING",
    "TABLES",
    "Field",
    "Table",
    "get",
    "row",
    "vocabulary",
]

#: All tables, parents before children (the order tables are created and loaded in).
TABLES: tuple[Table, ...] = (
    PAGES,
    ARTICLES,
    PARAGRAPHS,
    REPAIRS,
    GARBLED_RUNS,
    PEOPLE,
    ORGANISATIONS,
    ORGANISATION_ALIASES,
    PERSON_MENTIONS,
    AUTHORS,
    POSITIONS,
    ORGANISATION_MENTIONS,
    ACTIVITIES,
    ACTIVITY_PARTICIPANTS,
    PERSON_MERGES,
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def get(name: str) -> Table:
    """The table called ``name``, with a helpful error for a wrong name."""
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        close = difflib.get_close_matches(str(name).lower(), BY_NAME, 1, 0.8)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise KeyError(f"no table {name!r}{hint}; the tables are: {known}") from None


def vocabulary(table: str, field_name: str) -> tuple[str, ...]:
    """The values a field accepts (its ``enum``); an error for a field without one."""
    values = get(table).field(field_name).enum
    if not values:
        raise KeyError(f"{table}.{field_name} has no vocabulary")
    return values


def row(table: str, **values: Any) -> dict[str, Any]:
    """A row of ``table`` in the catalog's field order: fields not given are null, an
    unknown field is an error, and a vocabulary member (an ``Enum``) becomes its value.
    The one way the build makes a row, so that a misspelt field fails where it is made.
    """
    declared = get(table)
    if not values.keys() <= declared.field_set:
        unknown = sorted(set(values) - declared.field_set)
        raise KeyError(f"{table} has no field {', '.join(unknown)}")
    out: dict[str, Any] = dict.fromkeys(declared.field_names)
    for name, value in values.items():
        out[name] = value.value if isinstance(value, Enum) else value
    return out
