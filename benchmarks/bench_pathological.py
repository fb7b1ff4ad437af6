"""Time the layout on pathological pages (issue 13): each case in a child process.

    python benchmarks/bench_pathological.py [--cases NAME ...] [--timeout SECONDS]
                                            [--big-mb 50]

A case is laid out the way the build reads a page (``pipeline.parse_page``: lines and
blocks, layout, repaired paragraphs, garbled runs), in a fresh process so that its peak
memory is its own. Printed per case: characters, wall time and CPU time (on a shared
machine the CPU time varies less), peak resident memory (``ru_maxrss`` of the child),
paragraphs and repairs; a case still running after ``--timeout`` seconds is stopped and
shown as ``> timeout``. The cases:

* ``ellipsis_1000`` / ``ellipsis_2000``: a sentence holding a run of 1,000 / 2,000 ``…``
  (the garbled-text detector was cubic on it);
* ``line_16k`` / ``line_65k`` / ``line_1mb``: the seed pages' text with every line break
  removed, one line of 16,000 / 65,000 characters / 1 MB;
* ``latin_11kb``: 11 KB of Latin-only lines; ``punctuation``: 11 KB of punctuation only;
* ``controls``: text with control characters and NULs in it;
* ``page_50mb``: the seed pages copied to ``--big-mb`` megabytes (lines as printed), each
  copy's lines ending on another character so that the page is not one text printed
  over and over (which the layout reads as a repeat and checks no further).

Measure speed here, never in the tests (the tests assert behaviour only).
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing as mp
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
MB = 1_000_000


def _seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)


def _to_bytes(text: str, size: int) -> str:
    """``text`` repeated and cut to about ``size`` bytes of UTF-8."""
    out = text * (size // max(1, len(text.encode("utf-8"))) + 1)
    return out.encode("utf-8")[:size].decode("utf-8", errors="ignore")


_LAST_HAN_RE = re.compile(r"([\u4e00-\u9fff])([^\u4e00-\u9fff\n]*)$", re.MULTILINE)


def _shifted(match: re.Match[str], shift: int) -> str:
    return chr(0x4E00 + (ord(match.group(1)) - 0x4E00 + shift) % 20902) + match.group(2)


def _varied_copies(text: str, size: int) -> str:
    """``text`` copied until about ``size`` bytes, each copy's lines ending on another
    character, so that the copies differ (a text printed twice is read as a repeat, and
    a repeat is not checked for garbled runs: the page should be new text throughout)."""
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        copy = _LAST_HAN_RE.sub(functools.partial(_shifted, shift=97 * n), text)
        out.append(copy)
        total += len(copy.encode("utf-8"))
        n += 1
    return "".join(out).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def _one_line(size_chars: int) -> str:
    flat = "".join(_seed_text().split())
    return (flat * (size_chars // len(flat) + 1))[:size_chars]


_LATIN = (
    "The union committee met on Tuesday to review the annual report, "
    "and 42 delegates voted on the new budget; see http://example.org/report (p. 3)."
)


def case_text(name: str, big_mb: int) -> str:
    cases = {
        "ellipsis_1000": lambda: "会议指出，" + "…" * 1000 + "。",
        "ellipsis_2000": lambda: "会议指出，" + "…" * 2000 + "。",
        "line_16k": lambda: _one_line(16_000),
        "line_65k": lambda: _one_line(65_000),
        "line_1mb": lambda: _to_bytes("".join(_seed_text().split()), MB),
        "latin_11kb": lambda: _to_bytes(_LATIN + "\n", 11_000),
        "punctuation": lambda: _to_bytes("，。！？、；：“”（）《》…—·\n!?.,;:()[]--\n", 11_000),
        "controls": lambda: _to_bytes("工会\x00主席\x07张三\x1b[0m出席。\x0c\n\x01\x02\n", 11_000),
        "page_50mb": lambda: _varied_copies(_seed_text() + "\n\n", big_mb * MB),
    }
    return cases[name]()


CASES = (
    "ellipsis_1000",
    "ellipsis_2000",
    "line_16k",
    "line_65k",
    "line_1mb",
    "latin_11kb",
    "punctuation",
    "controls",
    "page_50mb",
)


def _run(name: str, big_mb: int, out) -> None:
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.pipeline import parse_page
    from gonghui_build.text.tokenizer import pos_tokenizer, tokenizer

    tokenizer(), pos_tokenizer()  # jieba's dictionaries load outside the timing
    text = case_text(name, big_mb)
    page = page_from_bytes(f"{name}.txt", text.encode("utf-8"))
    start, cpu = time.perf_counter(), time.process_time()
    parsed = parse_page(page)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    repairs = sum(len(p.cleaned.edits) for p in parsed.paragraphs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.send((len(page.text), seconds, cpu, peak_mb, len(parsed.paragraphs), repairs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--big-mb", type=int, default=50)
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    print(
        f"{'case':15} {'chars':>11} {'seconds':>9} {'CPU s':>8} {'peak MB':>8} "
        f"{'paras':>7} {'repairs':>8}"
    )
    for name in args.cases:
        receive, send = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_run, args=(name, args.big_mb, send))
        child.start()
        child.join(args.timeout)
        if child.is_alive():
            child.kill()
            child.join()
            print(f"{name:15} {'':>11} {'> ' + str(int(args.timeout)):>9}", flush=True)
            continue
        if child.exitcode or not receive.poll():
            print(f"{name:15} failed (exit {child.exitcode})", flush=True)
            continue
        chars, seconds, cpu, peak, paras, repairs = receive.recv()
        print(
            f"{name:15} {chars:>11,} {seconds:>9.2f} {cpu:>8.2f} {peak:>8.0f} {paras:>7,} "
            f"{repairs:>8,}",
            flush=True,
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
