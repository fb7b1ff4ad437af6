"""The report of reference lists never read is the same whether a build reads its pages
or takes them from the per-page cache: a rebuild where every page comes from the cache
runs no warm-up, so the lists the warm-up read whole must travel with each page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BUILD_AND_REPORT = """
import json, sys
from pathlib import Path
from gonghui_build.pipeline import BuildOptions, run
summary = run(Path(sys.argv[1]), Path(sys.argv[2]), options=BuildOptions(cache_dir=Path(sys.argv[3])))
print(json.dumps({"unread": summary.unread_reference, "cached": summary.cached_pages}))
"""


def _build_in_a_fresh_process(pages: Path, out: Path, cache: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", BUILD_AND_REPORT, str(pages), str(out), str(cache)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_rebuild_from_the_cache_reports_the_lists_read_as_the_first_build(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text(
        "区总工会举办职工技能培训班\n\n本报讯 2022年3月8日，某区总工会在区职工之家举办"
        "技能培训班，80余名职工参加。\n",
        encoding="utf-8",
    )
    first = _build_in_a_fresh_process(pages, tmp_path / "a", tmp_path / "cache")
    again = _build_in_a_fresh_process(pages, tmp_path / "b", tmp_path / "cache")
    assert (first["cached"], again["cached"]) == (0, 1)
    assert first["unread"], "some lists are never read by so small a page"
    assert again["unread"] == first["unread"]
