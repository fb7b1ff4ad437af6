"""What a column and a table are, and the column shapes several tables share
(ids, provenance, confidence, dates): the building blocks of :mod:`gonghui.catalog`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

DB_NAME = "gonghui.db"
#: The media type of a Parquet file (IANA registration of 2024).
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

# Field types, named as in Frictionless Table Schema.
STRING, INTEGER, NUMBER, BOOLEAN = "string", "integer", "number", "boolean"

ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: Version of the published tables (their structure and what the build puts in them),
#: written to ``datapackage.json``; the code has its own (``gonghui.__version__``).
#: Bump the major part when a column or table changes meaning or goes, the minor part
#: when one is added or the extraction changes the rows, and say so in CHANGELOG.md.
DATA_VERSION = "0.3.0"


@dataclass(frozen=True)
class Field:
    """One column. ``references`` is ``"table.field"`` for a foreign key."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    references: str | None = None
    facet: bool = False
    #: For a date of mixed precision: offer a facet by year (`2018`, whatever the
    #: precision), not Datasette's date facet, which reads `2018` as a day number.
    year_facet: bool = False


@dataclass(frozen=True)
class Table:
    """One published table: its fields, key, row order and how Datasette shows it.

    ``order_by`` is the order of the rows in the Parquet files and the default order of
    the table in Datasette (missing values last). ``search_related`` names columns of
    child tables (``"organisation_aliases.alias"``) indexed with the table's own
    ``search_columns``, so that a search finds a row by its other names too.
    """

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    order_by: tuple[str, ...]
    label_column: str | None = None
    search_columns: tuple[str, ...] = ()
    search_related: tuple[str, ...] = field(default=())

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def field_set(self) -> frozenset[str]:
        """The field names as a set (a build checks every row it makes against it)."""
        return frozenset(self.field_names)

    @property
    def foreign_keys(self) -> tuple[tuple[str, str, str], ...]:
        """(field, referenced table, referenced field) for every foreign key."""
        out = []
        for f in self.fields:
            if f.references:
                table, ref = f.references.split(".")
                out.append((f.name, table, ref))
        return tuple(out)


# --- shared field shapes -----------------------------------------------------------


def _id(
    name: str,
    what: str,
    *,
    references: str | None = None,
    required=True,
    pk=False,
    facet=False,
):
    return Field(
        name,
        STRING,
        what,
        required=required,
        unique=pk,
        references=references,
        facet=facet,
    )


def _provenance(*, paragraph_required: bool = True) -> tuple[Field, ...]:
    """The columns that let any extracted fact be checked against the page."""
    return (
        _id("article_id", "Article the fact was read from.", references="articles.article_id"),
        _id(
            "paragraph_id",
            "Paragraph (block) the fact was read from.",
            references="paragraphs.paragraph_id",
            required=paragraph_required,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset (in characters, from 0) in the source page of the first character of "
            "the evidence.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_end",
            INTEGER,
            "Offset in the source page just after the last character of the evidence.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_start",
            INTEGER,
            "Offset of the evidence in the paragraph's cleaned `text`.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_end",
            INTEGER,
            "Offset just after the evidence in the paragraph's cleaned `text`.",
            required=True,
            minimum=0,
        ),
    )


def _confidence() -> Field:
    return Field(
        "confidence",
        NUMBER,
        "How sure the rule that produced this row is, from 0 to 1. Facts read from a "
        "garbled run are capped at 0.3.",
        required=True,
        minimum=0,
        maximum=1,
    )


def _low_quality() -> Field:
    return Field(
        "in_garbled_run",
        BOOLEAN,
        "True when the evidence lies in a run flagged as unreadable OCR (see `garbled_runs`).",
        required=True,
        facet=True,
    )


def _date_fields(prefix: str, what: str) -> tuple[Field, ...]:
    return (
        Field(
            f"{prefix}date",
            STRING,
            f"{what}, ISO 8601 at the precision known: `2018`, `2018-05` or `2018-05-28`.",
            pattern=ISO_PARTIAL_DATE,
            year_facet=True,
        ),
        Field(
            f"{prefix}date_precision",
            STRING,
            f"Precision of `{prefix}date`: day, month or year.",
            enum=("day", "month", "year"),
            facet=True,
        ),
    )
