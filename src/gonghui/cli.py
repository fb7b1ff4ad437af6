"""The ``gonghui`` command: build, validate and serve the dataset."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from gonghui import __version__

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("data")


def _build_modules():
    try:
        from gonghui_build import pipeline
    except ImportError as err:  # pragma: no cover - depends on the installed extras
        raise click.ClickException(
            f"building needs the build extras ({err.name} is missing): pip install 'gonghui[build]'"
        ) from None
    return pipeline


def _system_allocator() -> None:
    """Arrow on the system allocator for the build (unless ``ARROW_DEFAULT_MEMORY_POOL``
    says otherwise): the build makes and frees large tables one after another (fact
    rows, keys, the sorted row groups of 14 Parquet files, the database's chunks), and
    Arrow's default allocator (mimalloc) keeps what was freed for reuse; the system
    allocator gives it back: a peak ≈ 60–90 MB lower at 400 and 1,600 pages (see
    benchmarks/README.md), the same bytes out. Set before pyarrow is first imported
    (Arrow reads it once; ``pa.set_memory_pool`` would not reach Parquet's and IPC's own
    allocations), and inherited by the worker processes."""
    if "pyarrow" not in sys.modules:
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Chinese trade-union newspaper pages as a validated dataset.\n\n"
    "  gonghui build      pages (seeds/) → tables (data/) + datapackage.json\n\n"
    "  gonghui validate   check the published tables (Frictionless, hashes, SQL)\n\n"
    "  gonghui serve      browse and query the tables in Datasette\n\n"
    'In Python: gonghui.load("people").\n\n'
    "\b\nYour own pages (a folder of .txt files), start to finish:\n"
    "  gonghui build --input my_pages/ --output my_build/\n"
    "  gonghui validate --descriptor my_build/\n"
    "  gonghui serve --data my_build/          # then open http://127.0.0.1:8001/\n"
    '  python: gonghui.load("people", data="my_build")\n\n'
    "Each command's --help says more: gonghui build --help.",
)
@click.version_option(__version__, prog_name="gonghui")
def main() -> None:
    pass


@main.command(
    help="Build the dataset from a folder of OCR'd pages (.txt files, in UTF-8 or another "
    "encoding found).\n\n"
    "\b\nExample: gonghui build --input my_pages/ --output my_build/\n\n"
    "It prints a line per page, then a summary (rows per table, coverage, repairs, "
    "warnings, the files left out and why) and the commands to validate, serve and "
    "load the build.\n\n"
    "Writes <table>.parquet for every table, gonghui.db (SQLite) and datapackage.json with "
    "schemas/. With the default output, data/ receives the tables and the descriptor goes "
    "to the current folder (the repository root). A metadata.csv beside the pages "
    "(source_file,date,newspaper,page_label) overrides inferred dates.\n\n"
    "Large archives: --jobs N reads the pages in N worker processes (default: the "
    "machine's cores; the output is byte-identical for any N). Each page's result is "
    "cached (--cache DIR, default ~/.cache/gonghui/pages) by the hash of its bytes, its "
    "name, its metadata line and the code and reference data, so a rebuild reads only "
    "the pages that changed, then redoes the steps across pages. Rows wait on disk beside "
    "the output while the pages are read. "
    "--dask ADDRESS reads the pages on a Dask cluster instead (for archives larger than "
    "one machine reads in the time you have).\n\n"
    "Bad files never stop the build: a file that cannot be read or decoded, an empty "
    "file, a link or a folder is left out and listed, with what to do, in the summary "
    "and in build_report.json beside the tables; a page over 200,000 characters is "
    "published as plain paragraphs. Exit status: 0 usable; 3 usable with warnings "
    "(files or records left out, as listed; --strict makes it 1); 1 failed (a data "
    "check failed, or no page could be built).\n\n"
    "Output: everything is written into a new folder beside the output and swapped in "
    "only when complete and checked, so a kill, a full disk or a crash leaves the "
    "previous build as it was; a build whose checks fail is left in <output>.rejected/; "
    "a second build into the same folder refuses with a message."
)
@click.option(
    "--input",
    "input_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_INPUT,
    show_default=True,
    help="Folder of .txt pages.",
)
@click.option(
    "--output",
    "output_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder to write the tables and descriptor into "
    "[default: data/, descriptor in the current folder].",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit with an error when any record is invalid or any data check fails.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print the summary only.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes reading pages [default: the machine's cores]. "
    "The output is the same for any number.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of the per-page cache: a rebuild reads again only the pages that "
    "changed [default: ~/.cache/gonghui/pages].",
)
@click.option("--no-cache", is_flag=True, help="Read every page again; keep no cache.")
@click.option(
    "--dask",
    "dask_address",
    default=None,
    metavar="ADDRESS",
    help="Read the pages on a Dask cluster (its scheduler's address, tcp://host:8786); "
    "needs `pip install 'gonghui[dask]'`.",
)
def build(
    input_dir: Path,
    output_dir: Path | None,
    strict: bool,
    quiet: bool,
    jobs: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    dask_address: str | None,
) -> None:
    utf8_output()
    _system_allocator()
    pipeline = _build_modules()
    from gonghui_build.output import OutputError
    from gonghui_build.pagecache import default_folder
    from gonghui_build.pagemap import worker_memory_budget
    from gonghui_build.pages import InputError

    _check_folders(input_dir, output_dir)
    try:  # a wrong budget in the environment said as such, before any page is read
        worker_memory_budget()
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    descriptor_dir = Path(".") if output_dir is None else output_dir
    output_dir = output_dir or DEFAULT_OUTPUT
    options = pipeline.BuildOptions(
        jobs=jobs or os.cpu_count() or 1,
        cache_dir=None if no_cache else (cache_dir or default_folder()),
        dask=dask_address,
        let_go=True,  # this process builds once: what reading loaded is let go once read
    )

    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    try:
        summary = pipeline.run(input_dir, output_dir, descriptor_dir, progress, options=options)
    except (InputError, OutputError) as err:
        raise click.ClickException(str(err)) from None
    _print_summary(summary, output_dir)
    status = summary.report.exit_status
    if strict and status:
        raise SystemExit(1)
    if status:
        raise SystemExit(status)


def _check_folders(input_dir: Path, output_dir: Path | None) -> None:
    """Say what is wrong with the folders asked for before any page is read: no default
    input here, or a file given where a folder is wanted."""
    if input_dir == DEFAULT_INPUT and not input_dir.is_dir():
        raise click.ClickException(
            f"no {DEFAULT_INPUT}/ folder here (the default input, in a clone of the "
            "repository): give the folder of your pages, gonghui build --input my_pages/ "
            "--output my_build/"
        )
    if input_dir.is_file():
        raise click.ClickException(
            f"--input {input_dir} is a file: give the folder that holds the pages "
            "(a single page: put it in a folder of its own)"
        )
    if output_dir is not None and output_dir.is_file():
        raise click.ClickException(
            f"--output {output_dir} is a file: give a new or empty folder for the build"
        )


def _print_summary(summary, output_dir: Path) -> None:
    if summary.rejected is not None:
        click.echo(
            f"Built {summary.pages} pages, but the data checks failed: the new build is in "
            f"{summary.rejected}/ for inspection, and {output_dir}/ is unchanged"
        )
    else:
        click.echo(
            f"Built {summary.pages} pages, {summary.articles} articles in "
            f"{summary.seconds:.1f}s → {output_dir}/ (descriptor: {summary.descriptor}; "
            f"{summary.cached_pages} pages from the cache)"
        )
    width = max(len(name) for name in summary.rows)
    for name, count in summary.rows.items():
        click.echo(f"  {name:<{width}}  {count:>6}")
    worst = min(summary.coverage.values()) if summary.coverage else 1.0
    click.echo(f"Coverage: {worst:.1%} of non-blank characters on the worst page")
    repairs = ", ".join(f"{k} {v}" for k, v in sorted(summary.repairs.items()))
    click.echo(f"Repairs: {repairs or 'none'}; garbled paragraphs: {summary.garbled_paragraphs}")
    files = len(summary.report.files)
    click.echo(
        f"Warnings: {summary.warnings + files} ({files} files not built or partly read, "
        f"{len(summary.invalid)} invalid records, {len(summary.failures)} failed data checks)"
    )
    for line in summary.report.lines():
        click.echo(line)
    if summary.rejected is None:
        _print_next_steps(output_dir, summary.descriptor)


def _print_next_steps(output_dir: Path, descriptor: Path | None) -> None:
    """Where the report is and the three ways into the build, as commands to copy: a
    newcomer who just built a folder should not have to look them up."""
    click.echo(f"Report: {output_dir / 'build_report.json'}")
    check = f" --descriptor {descriptor}" if descriptor else ""
    click.echo(f"Next: gonghui validate{check}")
    click.echo(f"      gonghui serve --data {output_dir}")
    click.echo(f'In Python: gonghui.load("people", data="{output_dir}")')


def utf8_output() -> None:
    """Print UTF-8 whatever the locale (under ISO-8859-1, `→` and Chinese file names
    would otherwise stop the command)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


@main.command(
    help="Validate a built dataset: Frictionless on the descriptor (types, constraints, "
    "foreign keys), the sha256 hashes of the Parquet files, the schemas against the "
    "table definitions, and the SQL data checks on gonghui.db."
)
@click.option(
    "--descriptor",
    type=click.Path(path_type=Path),
    default=Path("datapackage.json"),
    show_default=True,
    help="The build's datapackage.json, or the build's folder (the --output of build).",
)
def validate(descriptor: Path) -> None:
    utf8_output()
    _build_modules()
    from gonghui_build.verify import verify

    descriptor = _descriptor_file(descriptor)

    problems = verify(descriptor, echo=lambda m: click.echo(m, err=True))
    if problems:
        for p in problems:
            click.echo(f"  - {p}")
        raise click.ClickException(f"{len(problems)} problems found")
    click.echo(f"{descriptor}: valid")


def _descriptor_file(given: Path) -> Path:
    """The datapackage.json ``given`` names: itself, or the one inside a build's folder."""
    path = given if given.suffix == ".json" else given / "datapackage.json"
    if not path.is_file():
        from gonghui.messages import no_build

        raise click.ClickException(no_build(path.parent, path.name))
    return path


@main.command(
    help="Serve the dataset in Datasette, read-only: browse, facet, search in Chinese, "
    "read an article with its facts marked, run SQL and canned queries, download Parquet. "
    "Without --data: ./data when it holds a build, else the tables installed with the "
    "package (the database is written from the Parquet files on first serve). "
    "Ctrl+C or SIGTERM stops it."
)
@click.option("-p", "--port", type=int, default=8001, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Use 0.0.0.0 to listen on every interface.",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of a build (Parquet files, gonghui.db).",
)
def serve(port: int, host: str, data_dir: Path | None) -> None:
    from gonghui import serve as server

    try:
        server.serve(
            data_dir or server.default_data(), host, port, lambda m: click.echo(m, err=True)
        )
    except server.ServeError as err:
        raise click.ClickException(str(err)) from None


if __name__ == "__main__":  # pragma: no cover
    main()
