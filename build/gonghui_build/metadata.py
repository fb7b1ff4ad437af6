"""The curated metadata file beside the pages (``metadata.csv``): each page's date,
newspaper and page label, by its file name. A file that names a page the folder does
not hold, lacks a column or gives a date that is none stops the build, saying where."""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Sequence
from pathlib import Path

from gonghui_build.inputs import PageFile
from gonghui_build.pages import InputError, Page

METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("source_file", "date", "newspaper", "page_label")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_metadata(folder: Path, pages: Sequence[Page | PageFile]) -> dict[str, dict[str, str]]:
    """The curated metadata file beside the pages, if any: file → date, newspaper, page."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    known = {p.source_file for p in pages}
    out: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:  # Excel writes a BOM
        reader = csv.DictReader(fh)
        missing = set(METADATA_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise InputError(
                f"{path}: missing columns {sorted(missing)}; expected {', '.join(METADATA_COLUMNS)}"
            )
        for n, row in enumerate(reader, start=2):
            name = (row.get("source_file") or "").strip()
            if name not in known:
                raise InputError(f"{path}, line {n}: no page {name!r} in {folder}")
            date = (row.get("date") or "").strip()
            problem = date and _date_problem(date)
            if problem:
                raise InputError(f"{path}, line {n}: date {date!r} {problem}")
            out[name] = {k: (row.get(k) or "").strip() for k in METADATA_COLUMNS}
    return out


def _date_problem(date: str) -> str | None:
    """Why ``date`` is not a calendar date at year, month or day precision, or None."""
    if not _ISO_PARTIAL.match(date):
        return "is not YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = [*date.split("-"), "1", "1"][:3]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError as err:
        return f"is not a real date ({err})"
    return None
