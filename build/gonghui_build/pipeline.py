"""The whole build, top to bottom.

    raw pages ──► blocks ──► layout ──► paragraphs ──► facts ──► records ──► validated ──► published
    pages.py     blocks.py  segment.py  paragraphs.py  extract.py records.py validate.py  publish.py
                                        repair.py      people.py                          checks.py
                                        quality.py     organisations.py
                                                       activities.py, dates.py

Each stage is a pure function of the one before; reading the pages and writing the
tables are the only I/O.
"""

from __future__ import annotations

import csv
import datetime
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gonghui_build.checks import Failure, run_checks
from gonghui_build.extract import article as extract
from gonghui_build.extract import dates
from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.paragraphs import assemble
from gonghui_build.layout.quality import garbled_runs
from gonghui_build.layout.segment import layout
from gonghui_build.pages import InputError, Page, read_pages
from gonghui_build.publish import DB_NAME, publish
from gonghui_build.records import ParsedPage, Records
from gonghui_build.validate import Invalid, validate_tables

METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("source_file", "date", "newspaper", "page_label")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: Roles whose text is checked for garbled runs.
_PROSE_ROLES = frozenset({"body", "standfirst"})


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

    @property
    def warnings(self) -> int:
        return len(self.invalid) + len(self.failures)


def parse_page(page: Page) -> ParsedPage:
    """Blocks → layout → repaired paragraphs → garbled runs."""
    page_layout = layout(split_blocks(page.text))
    paragraphs = assemble(page, page_layout)
    runs = {p.seq: garbled_runs(p.text) for p in paragraphs if p.role in _PROSE_ROLES}
    return ParsedPage(
        page, page_layout.articles, paragraphs, {seq: r for seq, r in runs.items() if r}
    )


def date_articles(parsed: ParsedPage, curated: str | None = None) -> list[dates.ArticleDate]:
    """Each article's date. A date from the curated metadata file is the page's date
    and wins over inference. Otherwise the articles of a page are printed the same
    day: an article whose text gives no date, or only an older one (自2012年以来),
    takes the page's year, the latest its articles show."""
    if curated:
        return [dates.curated_date(curated)] * len(parsed.articles)
    found = [
        dates.infer_article_date(extract.article_text(_paragraphs_of(parsed, a.index)))
        for a in parsed.articles
    ]
    dated = [d for d in found if d.year]
    if not dated:
        return found
    page_year = max(d.year for d in dated)  # type: ignore[type-var]
    evidence = "; ".join(sorted({d.evidence or "" for d in dated if d.year == page_year}))
    return [
        d
        if d.year == page_year
        else dates.ArticleDate(
            f"{page_year:04d}",
            "year",
            "same_page",
            f"other articles of the page: {evidence}",
            page_year,
            None,
        )
        for d in found
    ]


def _paragraphs_of(parsed: ParsedPage, index: int):
    return [p for p in parsed.paragraphs if p.article == index]


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


def run(
    input_dir: Path,
    output_dir: Path,
    descriptor_dir: Path | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
) -> Summary:
    """Build the dataset from the pages in ``input_dir`` into ``output_dir``."""
    started = time.perf_counter()
    summary = Summary()

    pages = read_pages(input_dir)
    metadata = read_metadata(input_dir, pages)
    records = Records()
    for n, page in enumerate(pages, start=1):
        parsed = parse_page(page)
        article_dates = date_articles(parsed, metadata.get(page.source_file, {}).get("date"))
        facts = [
            extract.extract_article(
                _paragraphs_of(parsed, a.index), parsed.runs, article_dates[a.index], a.kind
            )
            for a in parsed.articles
        ]
        records.add_page(parsed, facts, metadata.get(page.source_file))
        summary.articles += len(parsed.articles)
        summary.garbled_paragraphs += len(parsed.runs)
        for p in parsed.paragraphs:
            summary.repairs.update(e.kind for e in p.cleaned.edits)
        progress(
            f"[{n}/{len(pages)}] {page.source_file}: {len(parsed.articles)} articles, "
            f"{len(parsed.paragraphs)} paragraphs"
        )
    summary.pages = len(pages)

    tables, summary.invalid = validate_tables(records.finish())
    summary.rows = {name: len(rows) for name, rows in tables.items()}
    summary.coverage = {r["source_file"]: r["coverage"] for r in tables["pages"]}
    summary.descriptor = publish(tables, output_dir, descriptor_dir)
    summary.failures = run_checks(output_dir / DB_NAME)
    summary.seconds = time.perf_counter() - started
    return summary
