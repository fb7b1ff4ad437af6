"""The whole build, as a declared list of stages (read :data:`STAGES` top to bottom).

    pages ─► layout ─► extract ─► resolve ─► records ─► validate ─► publish ─► check
             per page  per page   corpus

Each stage is a function of the outputs of stages before it. ``layout`` and
``extract`` are pure functions of one page (they may run in any order or in parallel);
``resolve`` is the first stage that reads all pages together. Reading the pages and
writing the tables are the only I/O. ``run(..., dump_dir=…)`` (or ``python -m
gonghui_build.pipeline PAGES OUT --dump DIR``) writes every stage's output as JSON for
inspection, as OWID's ETL keeps its meadow and garden datasets.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gonghui.catalog import DB_NAME
from gonghui_build import reference
from gonghui_build.checks import Failure, run_checks
from gonghui_build.dump import write_json
from gonghui_build.extract.facts import PageFacts
from gonghui_build.extract.page import extract_page, read_model
from gonghui_build.pages import InputError, Page, read_pages
from gonghui_build.parsed import ParsedPage, parse_page
from gonghui_build.publish import publish
from gonghui_build.records import tables
from gonghui_build.resolve import resolve_identities
from gonghui_build.validate import Invalid, validate_tables

__all__ = ["STAGES", "InputError", "Stage", "Summary", "parse_page", "run"]

METADATA_FILE = "metadata.csv"
#: Pages a per-page stage's preparation reads together.
PREPARE_CHUNK = 64
METADATA_COLUMNS = ("source_file", "date", "newspaper", "page_label")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_metadata(folder: Path, pages: list[Page]) -> dict[str, dict[str, str]]:
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


def extract(parsed: ParsedPage, metadata: dict[str, dict[str, str]]) -> PageFacts:
    """The facts of one page, dated by the metadata file when it gives the page's date."""
    return extract_page(parsed, metadata.get(parsed.page.source_file, {}).get("date"))


def publish_tables(valid: tuple[dict, list[Invalid]], output_dir: Path, descriptor_dir):
    return publish(valid[0], output_dir, descriptor_dir)


def check(descriptor: Path, output_dir: Path) -> list[Failure]:
    return run_checks(output_dir / DB_NAME)


@dataclass(frozen=True)
class Stage:
    """One step of the build: ``function`` applied to the outputs named ``inputs``
    (each page's own, for a stage ``per_page``), its result stored as ``output``."""

    name: str
    function: Callable[..., Any]
    inputs: tuple[str, ...]
    output: str
    per_page: bool = False
    #: For a per-page stage: run first on each chunk of pages together (the model
    #: reads a chunk's sentences in batches); it changes no result, only the time.
    prepare: Callable[[list[Any]], None] | None = None


STAGES: tuple[Stage, ...] = (
    Stage("pages", read_pages, ("input_dir",), "pages"),
    Stage("metadata", read_metadata, ("input_dir", "pages"), "metadata"),
    Stage("layout", parse_page, ("pages",), "parsed", per_page=True),
    Stage("extract", extract, ("parsed", "metadata"), "facts", per_page=True, prepare=read_model),
    Stage("resolve", resolve_identities, ("facts",), "identities"),
    Stage("records", tables, ("parsed", "facts", "metadata", "identities"), "tables"),
    Stage("validate", validate_tables, ("tables",), "valid"),
    Stage("publish", publish_tables, ("valid", "output_dir", "descriptor_dir"), "descriptor"),
    Stage("check", check, ("descriptor", "output_dir"), "failures"),
)


@dataclass
class Summary:
    pages: int = 0
    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    invalid: list[Invalid] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    coverage: dict[str, float] = field(default_factory=dict)
    repairs: Counter = field(default_factory=Counter)
    garbled_paragraphs: int = 0
    seconds: float = 0.0
    descriptor: Path | None = None
    unused_reference: dict[str, list[str]] = field(default_factory=dict)
    unread_reference: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> int:
        return len(self.invalid) + len(self.failures)


def run_stage(stage: Stage, outputs: dict[str, Any], progress: Callable[[str], None]) -> Any:
    """One stage on the outputs so far; a per-page stage maps over its first input."""
    args = [outputs[name] for name in stage.inputs]
    if not stage.per_page:
        return stage.function(*args)
    items, rest = args[0], args[1:]
    out = []
    for n, item in enumerate(items, start=1):
        if stage.prepare is not None and (n - 1) % PREPARE_CHUNK == 0:
            stage.prepare(items[n - 1 : n - 1 + PREPARE_CHUNK])
        out.append(stage.function(item, *rest))
        if stage.name == "extract":
            progress(
                f"[{n}/{len(items)}] {item.page.source_file}: {len(item.articles)} articles, "
                f"{len(item.paragraphs)} paragraphs"
            )
    return out


def _summary(outputs: dict[str, Any], started: float) -> Summary:
    valid, invalid = outputs["valid"]
    parsed: list[ParsedPage] = outputs["parsed"]
    summary = Summary(
        pages=len(parsed),
        articles=sum(len(p.articles) for p in parsed),
        rows={name: len(rows) for name, rows in valid.items()},
        invalid=invalid,
        failures=outputs["failures"],
        coverage={r["source_file"]: r["coverage"] for r in valid["pages"]},
        garbled_paragraphs=sum(len(p.runs) for p in parsed),
        descriptor=outputs["descriptor"],
        unused_reference=reference.unused_entries(),
        unread_reference=reference.unread_sections(),
    )
    for page in parsed:
        for p in page.paragraphs:
            summary.repairs.update(e.kind for e in p.cleaned.edits)
    summary.seconds = time.perf_counter() - started
    return summary


def run(
    input_dir: Path,
    output_dir: Path,
    descriptor_dir: Path | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
    dump_dir: Path | None = None,
) -> Summary:
    """Build the dataset from the pages in ``input_dir`` into ``output_dir``; with
    ``dump_dir``, write each stage's output there as ``<n>_<stage>.json``."""
    started = time.perf_counter()
    reference.reset()
    outputs: dict[str, Any] = {
        "input_dir": input_dir,
        "output_dir": output_dir,
        "descriptor_dir": descriptor_dir,
    }
    for n, stage in enumerate(STAGES, start=1):
        outputs[stage.output] = run_stage(stage, outputs, progress)
        if dump_dir is not None:
            write_json(dump_dir / f"{n:02d}_{stage.name}.json", outputs[stage.output])
    summary = _summary(outputs, started)
    unused = sum(len(v) for v in summary.unused_reference.values())
    progress(
        f"Reference entries that never matched: {unused} in "
        f"{len(summary.unused_reference)} lists; lists no rule read: "
        f"{', '.join(summary.unread_reference) or 'none'}"
    )
    if dump_dir is not None:
        write_json(
            dump_dir / "reference_usage.json",
            {"never_matched": summary.unused_reference, "never_read": summary.unread_reference},
        )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the dataset, stage by stage.")
    parser.add_argument("pages", type=Path, help="folder of .txt pages")
    parser.add_argument("output", type=Path, help="folder to write the tables into")
    parser.add_argument("--dump", type=Path, help="write each stage's output here as JSON")
    args = parser.parse_args()
    summary = run(args.pages, args.output, args.output, print, args.dump)
    print(f"{summary.pages} pages, {summary.articles} articles, {summary.warnings} warnings")


if __name__ == "__main__":
    main()
