"""The build at archive scale: throughput, memory, parallel speed-up, incremental
rebuild and validation time, on the benchmark corpus (``../shared/bench/gen_corpus.py``).

    python benchmarks/bench_scale.py [--sizes 400 1600 10000] [--corpus /tmp/gonghui-corpus]
                                     [--jobs-sizes 400 1600] [--search] [--json out.json]
                                     [--pathological line_1mb page_50mb …]

For each size N it runs, each as its own ``gonghui build`` process (so imports, the
jieba dictionary and the model count, as for a user):

* a full build with ``--jobs 1`` and ``--jobs 2`` (sizes in ``--jobs-sizes``; the other
  sizes with the default jobs only), checking that both give the same Parquet bytes;
* an incremental rebuild after one page changed (a sentence appended to one page);
* ``gonghui validate`` on the result.

It prints wall-clock and CPU seconds (user + system of the build and its workers: the
machine is shared, so the CPU time is the steadier figure), characters and pages a second,
and the peak memory of the build's process tree (the sum of the proportional set size of
the build and its workers, sampled every 200 ms: pages the forked workers share with the
build, such as jieba's dictionary, count once). With ``--search`` it then runs
``bench_search.py`` (Datasette search on a million paragraphs) and prints its latencies.
With ``--pathological CASE …`` it builds, for each case of ``bench_pathological.py``
(a 1 MB line, a 50 MB page, …), a folder of that page beside the seed pages, the whole
build (``gonghui build``, not the layout alone), and prints its time, memory and exit
status. A build that does not know an option (``--jobs``; the code before this benchmark) is run
without it, and the rows it cannot give are left empty. The tests never assert on time.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
GEN_CORPUS = HERE.parents[1] / "shared" / "bench" / "gen_corpus.py"
SEEDS = HERE.parent / "seeds"


def corpus(folder: Path, sizes: list[int]) -> dict[int, Path]:
    """The corpus folders ``p<N>``, generated once (p400 ⊂ p1600 ⊂ …)."""
    missing = [n for n in sizes if not (folder / f"p{n}").is_dir()]
    if missing:
        generator = GEN_CORPUS if GEN_CORPUS.exists() else Path("../shared/bench/gen_corpus.py")
        subprocess.run(
            [sys.executable, str(generator), "--seeds", str(SEEDS), "--out", str(folder),
             "--sizes", *map(str, sorted(set(sizes)))],
            check=True,
        )  # fmt: skip
    return {n: folder / f"p{n}" for n in sizes}


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _memory_kb(pid: int) -> int:
    """Proportional set size (shared pages divided among the processes sharing them:
    forked workers share jieba's dictionary), else resident size."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def tree_rss_mb(pid: int) -> float:
    """Memory of ``pid`` and its descendants, in MB (see :func:`_memory_kb`)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += _memory_kb(p)
            todo += _children(p)
        except OSError:
            continue
    return total / 1024


def timed(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run ``cmd``: wall and CPU seconds (its process tree), peak memory, exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    wall = time.perf_counter() - started
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 2):  # 2: usable with warnings
        print(output[-3000:], file=sys.stderr)
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "peak_mb": round(peak[0]),
        "exit": proc.returncode,
    }


def gonghui(*args: str) -> list[str]:
    return [sys.executable, "-m", "gonghui.cli", *args]


@cache
def supports(option: str) -> bool:
    help_text = subprocess.run(
        gonghui("build", "--help"), capture_output=True, text=True, check=True
    ).stdout
    return option in help_text


def parquet_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.parquet")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def build(pages: Path, out: Path, jobs: int | None, extra: tuple[str, ...] = ()) -> dict:
    args = ["build", "--input", str(pages), "--output", str(out), "-q", *extra]
    if jobs is not None:
        args += ["--jobs", str(jobs)]
    return timed(gonghui(*args))


def characters(pages: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in pages.glob("*.txt"))


def one_size(n: int, pages: Path, work: Path, with_jobs: bool, jobs_option: bool) -> dict:
    """Full builds, the incremental rebuild and validate at one size."""
    chars = characters(pages)
    result: dict = {"pages": n, "characters": chars}
    copy = work / f"p{n}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(pages, copy)
    runs = [1, 2] if (with_jobs and jobs_option) else [None]
    for jobs in runs:
        out = work / f"out{n}_j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(work / "cache", ignore_errors=True)
        extra = ("--cache", str(work / "cache")) if supports("--cache") else ()
        timing = build(copy, out, jobs, extra)
        timing["chars_per_s"] = round(chars / timing["wall_s"])
        timing["chars_per_cpu_s"] = round(chars / max(timing["cpu_s"], 1e-9))
        timing["pages_per_s"] = round(n / timing["wall_s"], 2)
        timing["parquet"] = parquet_digest(out)
        result[f"jobs{jobs or 'default'}"] = timing
        print(f"  p{n} build --jobs {jobs or 'default'}: {timing}", file=sys.stderr, flush=True)
    if len(runs) == 2:
        one, two = result["jobs1"], result["jobs2"]
        result["speedup_jobs2"] = round(one["wall_s"] / two["wall_s"], 2)
        result["identical_jobs2"] = one["parquet"] == two["parquet"]
    out = work / f"out{n}_j{runs[-1]}"
    first = sorted(copy.glob("*.txt"))[len(list(copy.glob("*.txt"))) // 2]
    with first.open("a", encoding="utf-8") as fh:
        fh.write("\n\n本报讯 区总工会日前举办职工书法比赛，近百名职工参加。\n")
    extra = ("--cache", str(work / "cache")) if supports("--cache") else ()
    result["incremental"] = build(copy, out, runs[-1], extra)
    print(f"  p{n} one page changed: {result['incremental']}", file=sys.stderr, flush=True)
    result["validate"] = timed(gonghui("validate", "--descriptor", str(out / "datapackage.json")))
    print(f"  p{n} validate: {result['validate']}", file=sys.stderr, flush=True)
    return result


def search_latencies(workdir: Path) -> dict:
    """``bench_search.py`` on a million paragraphs (its database kept between runs)."""
    out = subprocess.run(
        [sys.executable, str(HERE / "bench_search.py"), "--workdir", str(workdir), "--reuse"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report = json.loads(out.stdout)
    return {k: {x: v[x] for x in ("p50_ms", "p95_ms")} for k, v in report["latency"].items()}


def pathological(cases: list[str], work: Path) -> dict[str, dict]:
    """The whole build of each pathological page beside the seed pages."""
    sys.path.insert(0, str(HERE))
    from bench_pathological import case_text

    out = {}
    for name in cases:
        folder = work / f"bad_{name}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(SEEDS, folder)
        text = case_text(name, 50)
        (folder / f"zz_{name}.txt").write_text(text, encoding="utf-8")
        result = build(folder, work / f"bad_{name}_out", None, ("--no-cache",))
        out[name] = {"characters": len(text), **result}
        print(f"  {name}: {out[name]}", file=sys.stderr, flush=True)
    return out


def table(results: list[dict]) -> str:
    def cell(r: dict, key: str, field: str) -> str:
        return str(r.get(key, {}).get(field, "—"))

    lines = [
        "| pages | characters | build wall s | CPU s | chars/s | pages/s | peak MB "
        "| jobs 1 → 2 wall s | speed-up | identical | one page changed s | validate s |",
        "|" + "---|" * 12,
    ]
    for r in results:
        main = r.get("jobs2") or r.get("jobsdefault") or {}
        j1, j2 = r.get("jobs1", {}), r.get("jobs2", {})
        jobs = f"{j1['wall_s']} → {j2['wall_s']}" if j1 and j2 else "—"
        lines.append(
            f"| {r['pages']:,} | {r['characters']:,} | {main.get('wall_s')} | {main.get('cpu_s')} "
            f"| {main.get('chars_per_s')} | {main.get('pages_per_s')} | {main.get('peak_mb')} "
            f"| {jobs} | {r.get('speedup_jobs2', '—')} | {r.get('identical_jobs2', '—')} "
            f"| {cell(r, 'incremental', 'wall_s')} (CPU {cell(r, 'incremental', 'cpu_s')}) "
            f"| {cell(r, 'validate', 'wall_s')} (CPU {cell(r, 'validate', 'cpu_s')}) |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[400, 1600, 10000])
    parser.add_argument("--jobs-sizes", type=int, nargs="*", default=[400, 1600])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/gonghui-corpus"))
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/gonghui-scale"))
    parser.add_argument("--search", action="store_true", help="also run bench_search.py")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument(
        "--pathological", nargs="*", default=[], metavar="CASE",
        help="also build these pages of bench_pathological.py beside the seeds",
    )  # fmt: skip
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.pathological:
        bad = pathological(args.pathological, args.workdir)
        print(json.dumps(bad, ensure_ascii=False))
        if not args.sizes:
            return
    folders = corpus(args.corpus, args.sizes)
    jobs_option = supports("--jobs")
    print(f"load average {os.getloadavg()[0]:.1f}; --jobs known: {jobs_option}", file=sys.stderr)
    results = [
        one_size(n, folders[n], args.workdir, n in args.jobs_sizes, jobs_option) for n in args.sizes
    ]
    report: dict = {"load_average": os.getloadavg()[0], "sizes": results}
    if args.search:
        report["search"] = search_latencies(args.workdir / "search")
    print(table(results))
    if "search" in report:
        print(json.dumps(report["search"], ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
