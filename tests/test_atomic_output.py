"""A build replaces the previous one whole or not at all, one build at a time; a failure
to write is one line and leaves the previous build as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import gonghui
from gonghui import tables
from gonghui_build.output import OutputError, exclusive
from tests.conftest import copy_seed

# A build that stops for good in its write phase, after the first table file is written.
STOPS_WHILE_WRITING = """
import sys, time
from pathlib import Path
from gonghui_build import publish, pipeline

real = publish.write_parquet
def slow(table, data, path):
    real(table, data, path)
    Path(sys.argv[3]).touch()
    time.sleep(600)
publish.write_parquet = slow
pipeline.run(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _loads_consistently(folder: Path) -> None:
    loaded = {name: gonghui.load(name, data=folder) for name in tables()}
    paragraphs = set(loaded["paragraphs"]["article_id"].dropna())
    assert paragraphs <= set(loaded["articles"]["article_id"])
    assert len(loaded["pages"]) > 0


@pytest.fixture()
def previous(pages_dir, tmp_path):
    """A folder of pages and a good build of them."""
    from gonghui_build.pipeline import run

    copy_seed("001", pages_dir)
    run(pages_dir, tmp_path / "out")
    return tmp_path / "out"


def test_a_build_killed_while_writing_leaves_the_previous_build(previous, pages_dir, tmp_path):
    before = _digests(previous)
    copy_seed("004", pages_dir)  # the new build would have two pages
    signal_file = tmp_path / "writing"
    child = subprocess.Popen(
        [sys.executable, "-c", STOPS_WHILE_WRITING, str(pages_dir), str(previous), str(signal_file)]
    )
    deadline = time.monotonic() + 300
    while not signal_file.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert signal_file.exists(), "the build never reached its write phase"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert _digests(previous) == before
    _loads_consistently(previous)
    assert gonghui.load("pages", data=previous).shape[0] == 1
    # the next build finds the half-written folder, removes it and swaps in the new one
    from gonghui_build.pipeline import run

    assert list(previous.parent.glob(".out.building-*"))
    assert run(pages_dir, previous).pages == 2
    assert not list(previous.parent.glob(".out.building-*"))
    _loads_consistently(previous)


def test_a_full_disk_while_writing_is_one_line_and_leaves_the_previous_build(
    previous, pages_dir, monkeypatch
):
    from gonghui_build import pipeline

    before = _digests(previous)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pipeline, "publish", full)
    with pytest.raises(OutputError) as err:
        pipeline.run(pages_dir, previous)
    assert str(err.value) == (
        f"cannot write the build into {previous}: the disk is full; the previous build is unchanged"
    )
    assert _digests(previous) == before
    assert not list(previous.parent.glob(".out.building-*"))


def test_a_build_whose_checks_fail_is_not_swapped_in(previous, pages_dir, monkeypatch):
    from gonghui_build import pipeline
    from gonghui_build.checks.model import Check, Failure

    before = _digests(previous)
    check = Check("every page fully covered", "pages", "select 1")
    monkeypatch.setattr(pipeline, "run_checks", lambda _db, **_kw: [Failure(check, [("p", 0.5)])])
    copy_seed("004", pages_dir)
    summary = pipeline.run(pages_dir, previous)
    assert summary.report.status == "failed" and summary.report.exit_status == 1
    assert _digests(previous) == before
    assert summary.rejected is not None and (summary.rejected / "pages.parquet").exists()


def test_a_second_build_into_the_same_folder_refuses_with_a_message(previous, pages_dir):
    from gonghui_build.pipeline import run

    with exclusive(previous), pytest.raises(OutputError, match=r"another build .* is writing"):
        run(pages_dir, previous)


def test_output_below_a_file_is_one_line(pages_dir, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "gonghui.cli", "build", "--input", str(pages_dir),
         "--output", str(tmp_path / "file" / "out"), "--no-cache"],
        capture_output=True, text=True,
    )  # fmt: skip
    copy_seed("001", pages_dir)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "file" in out.stderr


def test_a_folder_of_other_files_is_never_replaced(pages_dir, tmp_path):
    from gonghui_build.pipeline import run

    copy_seed("001", pages_dir)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match="not a gonghui build"):
        run(pages_dir, tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.docx").read_bytes() == b"precious"
