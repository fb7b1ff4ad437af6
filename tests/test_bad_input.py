"""Folders nobody cleaned: every bad file is reported with its problem and what to do,
and the other pages are built."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from gonghui_build.inputs import decode, discover
from gonghui_build.perpage import MAX_PAGE_CHARS
from gonghui_build.report import REPORT_FILE, WARNINGS
from tests.conftest import copy_seed

PAGE = "区总工会召开座谈会\n\n本报讯（记者 甄文）2021年5月6日，顺义区总工会召开劳模座谈会，近百名职工参加。\n"


@pytest.fixture()
def messy(pages_dir):
    """A good seed page beside one file of every bad kind."""
    copy_seed("001", pages_dir)
    (pages_dir / "gbk.txt").write_bytes(PAGE.encode("gbk"))
    (pages_dir / "utf16.txt").write_bytes(PAGE.encode("utf-16"))  # with a byte-order mark
    (pages_dir / "utf16le.txt").write_bytes(PAGE.encode("utf-16-le"))  # without
    (pages_dir / "upper.TXT").write_text(PAGE, encoding="utf-8")
    (pages_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (pages_dir / "empty.txt").write_bytes(b"")
    (pages_dir / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    (pages_dir / "folder.txt").mkdir()
    (pages_dir / "dangling.txt").symlink_to(pages_dir / "nowhere.txt")
    (pages_dir / "loop.txt").symlink_to(pages_dir / "loop.txt")
    os.mkfifo(pages_dir / "fifo.txt")
    (pages_dir / os.fsdecode(b"\xb9\xa4\xbb\xe1.txt")).write_text(PAGE, encoding="utf-8")
    (pages_dir / "notes.md").write_text("not a page", encoding="utf-8")
    return pages_dir


def test_encodings_are_detected_and_garbage_is_not_text():
    assert decode(PAGE.encode("utf-8")) == (PAGE, "utf-8")
    assert decode(b"\xef\xbb\xbf" + PAGE.encode("utf-8")) == (PAGE, "utf-8-sig")
    assert decode(PAGE.encode("gbk"))[0] == PAGE
    assert decode(PAGE.encode("gb18030"))[1] == "gb18030"
    assert decode(PAGE.encode("utf-16"))[0] == PAGE
    assert decode(PAGE.encode("utf-16-le"))[0] == PAGE
    assert decode(bytes(range(256)) * 20) is None


def test_every_bad_file_is_reported_and_the_good_pages_are_found(messy):
    found = discover(messy)
    names = [p.source_file for p in found.pages]
    assert names == ["001_2db5129d69eb2e62.txt", "gbk.txt", "upper.TXT", "utf16.txt", "utf16le.txt"]
    problems = {p.file: p for p in found.problems}
    assert set(problems) == {
        "image.txt", "empty.txt", "blank.txt", "folder.txt", "dangling.txt", "loop.txt",
        "fifo.txt", "\\xb9\\xa4\\xbb\\xe1.txt",
    }  # fmt: skip
    assert problems["image.txt"].outcome == "quarantined"
    assert "binary" in problems["image.txt"].problem and "UTF-8" in problems["image.txt"].action
    assert "link to nothing" in problems["dangling.txt"].problem
    assert "folder" in problems["folder.txt"].problem
    assert "not UTF-8" in problems["\\xb9\\xa4\\xbb\\xe1.txt"].problem
    assert all(p.action for p in found.problems)


def test_the_build_goes_on_past_bad_files_and_says_which(messy, tmp_path):
    from gonghui_build.pipeline import run

    summary = run(messy, tmp_path / "out")
    assert summary.pages == 5 and summary.report.status == WARNINGS
    pages = pq.read_table(tmp_path / "out" / "pages.parquet").to_pylist()
    encodings = {p["source_file"]: p["encoding"] for p in pages}
    assert encodings["gbk.txt"] == "gb18030" and encodings["upper.TXT"] == "utf-8"
    assert encodings["utf16.txt"].startswith("utf_16")
    assert all(p["coverage"] == 1.0 for p in pages)
    # the same articles from a page whatever its encoding
    articles = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    headlines = {a["source_file"]: a["headline"] for a in articles}
    assert headlines["gbk.txt"] == headlines["utf16.txt"] == headlines["upper.TXT"]
    report = json.loads((tmp_path / "out" / REPORT_FILE).read_text(encoding="utf-8"))
    assert report["status"] == WARNINGS and len(report["files"]) == 8
    assert {"file", "problem", "outcome", "action"} == set(report["files"][0])


def test_a_page_too_large_to_read_is_published_plainly_and_reported(pages_dir, tmp_path):
    from gonghui_build.pipeline import run

    line = "工会组织职工开展劳动竞赛，" * 40 + "\n"
    (pages_dir / "book.txt").write_text(line * (MAX_PAGE_CHARS // len(line) + 2), encoding="utf-8")
    (pages_dir / "one_line.txt").write_text("字" * (MAX_PAGE_CHARS + 1), encoding="utf-8")
    copy_seed("001", pages_dir)
    summary = run(pages_dir, tmp_path / "out")
    assert summary.pages == 3 and summary.report.status == WARNINGS
    assert {p.file for p in summary.report.files} == {"book.txt", "one_line.txt"}
    assert all(p.outcome == "partial" for p in summary.report.files)
    assert set(summary.coverage.values()) == {1.0}
    paragraphs = pq.read_table(tmp_path / "out" / "paragraphs.parquet").to_pylist()
    longest = max(len(p["text"]) for p in paragraphs if p["page_id"] == "one_line")
    assert longest <= 10_000


def test_a_number_too_large_for_its_column_is_refused_with_a_message(pages_dir, tmp_path):
    from gonghui_build.pipeline import run

    (pages_dir / "p.txt").write_text(
        "区总工会举办培训班\n\n本报讯 2021年5月6日，区总工会举办职工培训班，"
        "123456789012345678901234名职工参加。\n",
        encoding="utf-8",
    )
    summary = run(pages_dir, tmp_path / "out")
    assert summary.pages == 1
    assert any(i.field == "participants" for i in summary.invalid), summary.invalid


def test_no_page_at_all_is_one_line_naming_the_folder(pages_dir, tmp_path):
    (pages_dir / "image.txt").write_bytes(bytes(range(256)) * 8)
    out = subprocess.run(
        [sys.executable, "-m", "gonghui.cli", "build", "--input", str(pages_dir),
         "--output", str(tmp_path / "out"), "--no-cache"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 1
    assert "no .txt pages" in out.stderr and "image.txt" in out.stderr
    assert "Traceback" not in out.stderr


def test_the_command_prints_utf8_under_a_latin1_terminal(pages_dir, tmp_path):
    (pages_dir / "工会.txt").write_text(PAGE, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "iso-8859-1", "LC_ALL": "C"}
    out = subprocess.run(
        [sys.executable, "-m", "gonghui.cli", "build", "--input", str(pages_dir),
         "--output", str(tmp_path / "out"), "--no-cache", "--jobs", "1"],
        capture_output=True, env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")[-2000:]
    assert "工会.txt" in out.stderr.decode("utf-8") and "→" in out.stdout.decode("utf-8")
