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
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gonghui.catalog import BY_NAME, DB_NAME, TABLES
from gonghui_build import reference
from gonghui_build.checks import Failure, run_checks
from gonghui_build.dump import write_json
from gonghui_build.earlydb import EarlyDatabase
from gonghui_build.extract.facts import PageFacts
from gonghui_build.extract.page import extract_page, read_model
from gonghui_build.inputs import Discovery, discover
from gonghui_build.metadata import read_metadata
from gonghui_build.output import exclusive, scratch, staged
from gonghui_build.pagecache import PageCache
from gonghui_build.pagemap import map_pages
from gonghui_build.pages import InputError, read_pages
from gonghui_build.parsed import ParsedPage, parse_page
from gonghui_build.publish import publish
from gonghui_build.records import identity_row_parts, page_fact_rows, tables
from gonghui_build.reference.words import add_usage
from gonghui_build.report import BuildReport
from gonghui_build.resolve import resolve_identities
from gonghui_build.rowstore import Pickled, RowStore, every_table
from gonghui_build.validate import Invalid, check_keys, check_rows, validate_tables

__all__ = ["STAGES", "BuildOptions", "InputError", "Stage", "Summary", "parse_page", "run"]

#: Pages a per-page stage's preparation reads together.
PREPARE_CHUNK = 64


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
    report: BuildReport = field(default_factory=BuildReport)
    #: Pages read from the per-page cache instead of read again.
    cached_pages: int = 0
    #: Where a build whose checks failed was left (it was not swapped in).
    rejected: Path | None = None

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
    return out


def _run_stages(
    input_dir: Path, output_dir: Path, descriptor_dir: Path | None, dump_dir: Path
) -> dict[str, Any]:
    """Every stage in turn, its whole output kept and dumped as JSON: to look inside a
    build (``--dump``), not to build an archive (see :func:`run`)."""
    outputs: dict[str, Any] = {
        "input_dir": input_dir,
        "output_dir": output_dir,
        "descriptor_dir": descriptor_dir,
    }
    for n, stage in enumerate(STAGES, start=1):
        outputs[stage.output] = run_stage(stage, outputs, lambda _m: None)
        write_json(dump_dir / f"{n:02d}_{stage.name}.json", outputs[stage.output])
    return outputs


def _read_every_page(
    found: Discovery, metadata: dict[str, dict[str, str]], options: BuildOptions,
    store: RowStore, summary: Summary, progress: Callable[[str], None], facts_file: Path,
) -> Pickled[tuple[PageFacts, dict[int, str]]]:  # fmt: skip
    """The per-page stages over every page; their rows go to ``store`` as they come,
    their facts (as the workers pickled them) to ``facts_file``. Nothing of a page is
    kept in this process: what identity across pages reads of the facts is gathered
    after reading (:func:`_cross_page`), when the workers are gone. Gathered here, among
    results arriving 64 pages at a time, it grew this process by about 20 KB a page
    (273 → 459 MB over 10,000 pages, beside the workers: the build's peak); now the
    process stays at 200–260 MB while it reads. The pass after reading costs about
    0.7 CPU s a thousand pages (benchmarks/README.md)."""
    facts: Pickled[tuple[PageFacts, dict[int, str]]] = Pickled(facts_file)
    cache = PageCache(options.cache_dir) if options.cache_dir else None
    results = map_pages(
        found.pages,
        lambda p: metadata.get(p.source_file),
        jobs=options.jobs,
        cache=cache,
        dask=options.dask,
        let_go=options.let_go,
    )
    for n, result in enumerate(results, start=1):
        for table, batch in result.rows.items():
            store.add_batch(table, batch)
        facts.append_pickled(result.facts_pickle())
        add_usage(result.usage)
        summary.invalid += result.invalid
        summary.repairs.update(result.repairs)
        summary.garbled_paragraphs += result.garbled_paragraphs
        if result.problem is not None:
            summary.report.files.append(result.problem)
        progress(
            f"[{n}/{len(found.pages)}] {result.source_file}: "
            f"{result.rows['articles'].num_rows} articles, "
            f"{result.rows['paragraphs'].num_rows} paragraphs"
        )
    summary.cached_pages = cache.hits if cache else 0
    return facts


def _add_checked(store: RowStore, tables: dict[str, list[dict]], summary: Summary) -> None:
    for name, rows in tables.items():
        good, bad = check_rows(BY_NAME[name], rows)
        store.add(name, good)
        summary.invalid += bad


def _cross_page(
    facts: Pickled[tuple[PageFacts, dict[int, str]]], store: RowStore, summary: Summary
) -> None:
    """Identity across pages, then the fact and identity rows, then keys across tables."""
    who = resolve_identities(page_facts for page_facts, _ in facts)
    for page_facts, para_ids in facts:
        _add_checked(store, page_fact_rows(page_facts.page_id, page_facts, para_ids, who), summary)
    persons = Counter(store.column("person_mentions", "person_id"))
    orgs = Counter(store.column("organisation_mentions", "organisation_id"))
    # each part checked and stored before the next is made (see identity_row_parts)
    for table, part in identity_row_parts(who, persons, orgs):
        _add_checked(store, {table: part}, summary)
    summary.invalid += check_keys(store)


@dataclass(frozen=True)
class BuildOptions:
    """How to run the per-page stages: worker processes, the cache, a Dask cluster."""

    jobs: int = 1
    cache_dir: Path | None = None
    dask: Any = None
    #: Let go of what reading loaded (the model, jieba's dictionaries) once
    #: the pages are read: for a process that builds once (``gonghui build``), not for
    #: one that builds again and again (the tests, the scorer), which would load it anew.
    let_go: bool = False


def _publish(
    store: RowStore, output_dir: Path, descriptor_dir: Path, summary: Summary, db: EarlyDatabase
) -> None:
    """Write, check and swap in the build (:mod:`gonghui_build.output`)."""
    with staged(output_dir, descriptor_dir) as staging:
        final = (output_dir, descriptor_dir)
        tables = every_table(store)
        summary.descriptor = publish(tables, staging.tables, staging.descriptor, final, db.write)
        # The database was just written by gonghui.database.Writer (its constraints held).
        summary.failures = run_checks(staging.tables / DB_NAME, constraints_held=True)
        summary.report.failures = summary.failures
        summary.report.invalid = summary.invalid
        summary.report.write(staging.tables)
        if summary.failures:
            rejected = output_dir.with_name(f"{output_dir.name}.rejected")
            shutil.rmtree(rejected, ignore_errors=True)
            staging.tables.rename(rejected)
            staging.discard()
            summary.rejected, summary.descriptor = rejected, None
            return
        staging.commit()
    summary.descriptor = descriptor_dir / "datapackage.json"


def _fill_summary(store: RowStore, summary: Summary) -> None:
    summary.rows = {t.name: store.rows(t.name) for t in TABLES}
    summary.pages = summary.rows["pages"]
    summary.articles = summary.rows["articles"]
    summary.report.pages_built = summary.pages
    summary.coverage = dict(
        zip(store.column("pages", "source_file"), store.column("pages", "coverage"), strict=True)
    )
    summary.unused_reference = reference.unused_entries()
    summary.unread_reference = reference.unread_sections()


def run(
    input_dir: Path,
    output_dir: Path,
    descriptor_dir: Path | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
    dump_dir: Path | None = None,
    options: BuildOptions = BuildOptions(),
) -> Summary:
    """Build the dataset from the pages in ``input_dir`` into ``output_dir`` (swapped in
    whole when complete and checked, see :mod:`gonghui_build.output`); with
    ``dump_dir``, also write each stage's output there as ``<n>_<stage>.json``."""
    started = time.perf_counter()
    reference.reset()
    descriptor_dir = descriptor_dir or output_dir
    summary = Summary()
    with exclusive(output_dir), scratch(output_dir) as rows:
        if dump_dir is not None:
            _run_stages(input_dir, dump_dir / "build", dump_dir / "build", dump_dir)
            reference.reset()
        found = discover(input_dir)
        summary.report.files = list(found.problems)
        metadata = read_metadata(input_dir, found.pages)
        store = RowStore(rows)
        facts_file = rows / "facts.pickles"
        facts = _read_every_page(found, metadata, options, store, summary, progress, facts_file)
        del found
        progress(f"Pages read in {time.perf_counter() - started:.1f}s")
        # the page tables' part of the database, on another core with --jobs 2 and more
        db = EarlyDatabase(store, rows / DB_NAME, fork=options.jobs > 1 or bool(options.dask))
        mark = time.perf_counter()
        try:
            _cross_page(facts, store, summary)
            facts.close()
            del facts
            _fill_summary(store, summary)
            progress(f"Identities, fact rows and keys in {time.perf_counter() - mark:.1f}s")
            db.wait()
            mark = time.perf_counter()
            _publish(store, output_dir, descriptor_dir, summary, db)
            progress(f"Written and checked in {time.perf_counter() - mark:.1f}s")
        finally:
            db.close()
    summary.seconds = time.perf_counter() - started
    _report_reference_usage(summary, progress, dump_dir)
    return summary


def _report_reference_usage(
    summary: Summary, progress: Callable[[str], None], dump_dir: Path | None
) -> None:
    """One line on the reference entries that never matched and the lists no rule read:
    the lists themselves are for the rules' authors (``--dump`` writes them)."""
    unused = sum(len(v) for v in summary.unused_reference.values())
    progress(
        f"Reference entries that never matched: {unused} in "
        f"{len(summary.unused_reference)} lists; lists no rule read: "
        f"{len(summary.unread_reference)} (listed by `python -m gonghui_build.pipeline "
        "PAGES OUT --dump DIR`)"
    )
    if dump_dir is not None:
        write_json(
            dump_dir / "reference_usage.json",
            {"never_matched": summary.unused_reference, "never_read": summary.unread_reference},
        )


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
