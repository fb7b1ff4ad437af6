"""Datasette search latency on a large database (a million paragraphs by default).

    python benchmarks/bench_search.py [--paragraphs 1000000] [--workdir /tmp/gonghui-bench]
                                      [--repeat 15] [--reuse]

1. Synthesises the tables of an archive of the requested size from the committed seed
   build (``data/*.parquet``): every synthetic page copies the structure of a seed page
   (its articles, their paragraphs and roles, in page order) and fills each paragraph with
   sentences drawn at random from the seeds' paragraphs of the same role, to about the
   same length, so that word frequencies are those of the seeds. Articles get dates from
   2013 to 2024. People, organisations and the other fact tables stay empty: search does
   not read them.
2. Writes the SQLite database with the project's own writer (time, size, peak memory of
   the writing process, size of the search index).
3. Serves it with ``gonghui serve`` and times, for common words, the table search box
   (``/gonghui/paragraphs?_search=…``, the HTML page a user sees) and the canned query
   (``/gonghui/search?q=…``): p50 and p95 over every request after one warm-up round.

The numbers are recorded in ``benchmarks/README.md``; tests never assert on time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

import gonghui
from gonghui.catalog import TABLES

#: Common words of union news (two to four characters), and one single character.
WORDS = ("工会", "职工", "工作", "培训", "活动", "劳动", "工会主席", "服务职工")
SINGLE = ("会",)
SENTENCE_END = re.compile(r"(?<=[。！？；])")
YEARS = range(2013, 2025)


def seed_tables() -> dict[str, list[dict]]:
    folder = gonghui.data_dir()
    return {
        name: pq.read_table(folder / f"{name}.parquet").to_pylist()
        for name in ("pages", "articles", "paragraphs")
    }


def sentence_pools(paragraphs: list[dict]) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = defaultdict(list)
    for p in paragraphs:
        pools[p["role"]].extend(s for s in SENTENCE_END.split(p["text"]) if s)
    return pools


def _fill(pool: list[str], length: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append(rng.choice(pool))
    return "".join(parts)


def _hex(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def synthesise(target: int, seed: int = 12) -> dict[str, list[dict]]:
    """Pages, articles and paragraphs of an archive with ``target`` paragraphs: the seed
    pages over and over, each copy with new ids, a random year and sentences drawn
    from the seeds' paragraphs of the same role."""
    seeds = seed_tables()
    pools = sentence_pools(seeds["paragraphs"])
    by_page = defaultdict(list)
    for p in seeds["paragraphs"]:
        by_page[p["page_id"]].append(p)
    arts_by_page = defaultdict(list)
    for a in seeds["articles"]:
        arts_by_page[a["page_id"]].append(a)
    rng = random.Random(seed)
    out: dict[str, list[dict]] = {t.name: [] for t in TABLES}
    count, n = 0, 0
    while count < target:
        template = seeds["pages"][n % len(seeds["pages"])]
        page_id = f"p{n:07d}_{_hex(n)[:8]}"
        year = rng.choice(YEARS)
        articles = _copy_articles(arts_by_page[template["page_id"]], page_id, year, pools, rng)
        out["articles"] += articles.values()
        new_ids = {old: a["article_id"] for old, a in articles.items()}
        paragraphs = _copy_paragraphs(
            by_page[template["page_id"]][: target - count], page_id, new_ids, pools, rng
        )
        out["paragraphs"] += paragraphs
        count += len(paragraphs)
        chars = paragraphs[-1]["page_end"] + 2 if paragraphs else 0
        out["pages"].append(
            {
                **template,
                "page_id": page_id,
                "source_file": f"{page_id}.txt",
                "sha256": _hex("page", n),
                "chars": chars,
                "nonblank_chars": chars,
                "covered_chars": chars,
                "coverage": 1.0,
            }
        )
        n += 1
    for a in out["articles"]:
        a["paragraphs"] = 0
    return out


def _copy_articles(
    articles: list[dict], page_id: str, year: int, pools: dict, rng: random.Random
) -> dict[str, dict]:
    """The template page's articles on the new page, by their template id."""
    out = {}
    for a in articles:
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out[a["article_id"]] = {
            **a,
            "article_id": f"art-{_hex(page_id, a['page_order'])[:12]}",
            "page_id": page_id,
            "source_file": f"{page_id}.txt",
            "headline": _fill(pools["headline"] or pools["body"], 12, rng)[:24],
            "date": date,
            "date_precision": "day",
            "date_basis": "explicit_date",
            "date_evidence": f"{year}年",
        }
    return out


def _copy_paragraphs(
    paragraphs: list[dict],
    page_id: str,
    new_ids: dict[str, str],
    pools: dict,
    rng: random.Random,
) -> list[dict]:
    """The template page's paragraphs with new text of the same role and length, laid
    out one after another with a blank line between."""
    out, offset = [], 0
    for p in paragraphs:
        text = _fill(pools[p["role"]], len(p["text"]), rng)
        out.append(
            {
                **p,
                "paragraph_id": f"par-{_hex(page_id, p['seq'])[:16]}",
                "page_id": page_id,
                "article_id": new_ids.get(p["article_id"]),
                "text": text,
                "original_text": text,
                "page_start": offset,
                "page_end": offset + len(text),
                "pieces": f"{offset}-{offset + len(text)}",
                "repairs": 0,
                "quality": 1.0,
                "is_garbled": False,
                "is_fragment": False,
            }
        )
        offset += len(text) + 2
    return out


def write(tables: dict[str, list[dict]], path: Path) -> dict[str, float]:
    from gonghui_build.publish import write_sqlite

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    write_sqlite(tables, path)
    seconds = time.perf_counter() - started
    conn = sqlite3.connect(path)
    fts = conn.execute(
        "select coalesce(sum(pgsize), 0) from dbstat where name like 'paragraphs_fts%'"
    ).fetchone()[0]
    conn.close()
    return {
        "write_seconds": round(seconds, 1),
        "db_mb": round(path.stat().st_size / 1e6),
        "fts_mb": round(fts / 1e6),
        "rss_before_write_mb": round(before),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(folder: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    gonghui_cmd = shutil.which("gonghui", path=str(Path(sys.executable).parent)) or "gonghui"
    proc = subprocess.Popen(
        [gonghui_cmd, "serve", "--data", str(folder), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/", timeout=5).read()
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("the server did not start")


def timed_get(url: str) -> tuple[float, int, int]:
    """(milliseconds, bytes, HTTP status): an error (a query past the time limit) counts."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as err:
        body, status = err.read(), err.code
    return (time.perf_counter() - started) * 1000, len(body), status


def _tree(pid: int) -> list[int]:
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children += [int(c) for c in (task / "children").read_text().split()]
    return [pid] + [p for c in children for p in _tree(c)]


def cpu_ms(pid: int) -> float:
    """CPU time (user + system) of the server and its children so far, in ms: what a
    request costs whatever else the machine is doing (latency is wall-clock time)."""
    ticks = 0
    for p in _tree(pid):
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


ENDPOINTS = {
    "search box": "/gonghui/paragraphs?_search={q}",
    "canned search": "/gonghui/search?q={q}",
}


def measure(url: str, pid: int, words: tuple[str, ...], repeat: int) -> dict[str, dict]:
    results: dict[str, dict] = {}
    for label, template in ENDPOINTS.items():
        times: list[float] = []
        per_word = {}
        cpu = 0.0
        for word in words:
            target = url + template.format(q=urllib.parse.quote(word))
            timed_get(target)  # warm-up
            before = cpu_ms(pid)
            samples = [timed_get(target) for _ in range(repeat)]
            cpu += cpu_ms(pid) - before
            times.extend(t for t, _, _ in samples)
            p50, p95 = percentiles([t for t, _, _ in samples])
            errors = sum(status != 200 for _, _, status in samples)
            per_word[word] = {"p50": round(p50), "p95": round(p95), "bytes": samples[0][1]}
            if errors:
                per_word[word]["errors"] = errors
            print(label, word, per_word[word], file=sys.stderr, flush=True)
        p50, p95 = percentiles(times)
        results[label] = {
            "p50_ms": round(p50),
            "p95_ms": round(p95),
            "server_cpu_ms_per_request": round(cpu / len(times), 1),
            "words": per_word,
        }
    return results


def match_counts(path: Path, words: tuple[str, ...]) -> dict[str, int]:
    conn = sqlite3.connect(path)
    counts = {
        w: conn.execute(
            "select count(*) from paragraphs where instr(text, ?) > 0", (w,)
        ).fetchone()[0]
        for w in words
    }
    conn.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/gonghui-bench"))
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    args = parser.parse_args()
    folder = args.workdir / f"p{args.paragraphs}"
    db = folder / "gonghui.db"
    report: dict[str, object] = {"paragraphs": args.paragraphs}
    if not (args.reuse and db.exists()):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.perf_counter()
        tables = synthesise(args.paragraphs)
        report["synthesis_seconds"] = round(time.perf_counter() - started, 1)
        report["rows"] = {k: len(v) for k, v in tables.items() if v}
        report.update(write(tables, db))
        del tables
    report["matches"] = match_counts(db, WORDS + SINGLE)
    proc, url = serve(folder)
    try:
        report["load_average"] = os.getloadavg()[0]
        report["latency"] = measure(url, proc.pid, WORDS, args.repeat)
        report["latency_single_character"] = measure(url, proc.pid, SINGLE, args.repeat)
        report["load_average_after"] = os.getloadavg()[0]
    finally:
        for pid in reversed(_tree(proc.pid)):  # a server that forks (older versions did)
            os.kill(pid, signal.SIGTERM)
        proc.wait(timeout=30)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
