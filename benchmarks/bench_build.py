"""Time each stage of the build on the seed pages (or any folder).

    python benchmarks/bench_build.py [PAGES_DIR] [--repeat N]

Prints the best of N runs per stage, in milliseconds and characters per second. Use it
to compare a change against main; the tests never assert on time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from gonghui_build import pipeline
from gonghui_build.extract import article as extract
from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.paragraphs import assemble
from gonghui_build.layout.quality import garbled_runs
from gonghui_build.layout.segment import layout
from gonghui_build.pages import read_pages
from gonghui_build.publish import publish
from gonghui_build.records import Records
from gonghui_build.text.tokenizer import tokenizer
from gonghui_build.validate import validate_tables


def best(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", default="seeds", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    tokenizer()  # load jieba's dictionary once, outside the timings
    pages = read_pages(args.pages)
    chars = sum(len(p.text) for p in pages)
    rows: list[tuple[str, float]] = []

    t, blocks = best(lambda: [split_blocks(p.text) for p in pages], args.repeat)
    rows.append(("blocks", t))
    t, layouts = best(lambda: [layout(b) for b in blocks], args.repeat)
    rows.append(("layout", t))
    t, paras = best(
        lambda: [assemble(p, lay) for p, lay in zip(pages, layouts, strict=True)], args.repeat
    )
    rows.append(("paragraphs + repair", t))
    t, _ = best(
        lambda: [[garbled_runs(q.text) for q in ps if q.role == "body"] for ps in paras],
        args.repeat,
    )
    rows.append(("garbled runs", t))
    parsed = [pipeline.parse_page(p) for p in pages]

    def facts():
        out = []
        for pp in parsed:
            article_dates = pipeline.date_articles(pp)
            out.append(
                [
                    extract.extract_article(
                        pipeline._paragraphs_of(pp, a.index),
                        pp.runs,
                        article_dates[a.index],
                        a.kind,
                    )
                    for a in pp.articles
                ]
            )
        return out

    t, all_facts = best(facts, args.repeat)
    rows.append(("facts (people, orgs, activities, dates)", t))

    def records():
        r = Records()
        for pp, f in zip(parsed, all_facts, strict=True):
            r.add_page(pp, f, None)
        return r.finish()

    t, tables = best(records, args.repeat)
    rows.append(("records", t))
    t, (valid, _) = best(lambda: validate_tables(tables), args.repeat)
    rows.append(("validation (pydantic)", t))
    with tempfile.TemporaryDirectory() as tmp:
        t, _ = best(lambda: publish(valid, Path(tmp)), args.repeat)
    rows.append(("publish (Parquet, SQLite, descriptor)", t))

    total = sum(t for _, t in rows)
    print(f"{len(pages)} pages, {chars} characters, best of {args.repeat}")
    for name, t in rows:
        print(f"  {name:<42} {t * 1000:8.1f} ms  {chars / t:10.0f} chars/s")
    print(f"  {'total':<42} {total * 1000:8.1f} ms  {chars / total:10.0f} chars/s")


if __name__ == "__main__":
    main()
