"""The command line: build any folder of pages, clear errors on bad input, help."""

from __future__ import annotations

import json

from click.testing import CliRunner

from gonghui import tables
from gonghui.cli import main
from tests.conftest import copy_seed

PAGE = """\
区总工会举办职工技能培训班

□本报记者 韩冬

本报讯 3月5日，丰台区总工会在区职工之家举办职工技能培训班，120余名一线职工参加培训。区总工会副主席孙明月在开班式上表示，要把培训办到职工心坎上。
"""


def test_build_any_folder_writes_every_table(pages_dir, tmp_path):
    (pages_dir / "a.txt").write_text(PAGE, encoding="utf-8")
    copy_seed("001", pages_dir)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--input", str(pages_dir), "--output", str(out)])
    assert result.exit_code == 0, result.output
    for name in tables():
        assert (out / f"{name}.parquet").exists()
    assert (out / "gonghui.db").exists()
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["resources"][0]["path"] == "pages.parquet"
    assert (out / "schemas" / "people.json").exists()
    assert "Built 2 pages" in result.output and "Warnings: 0" in result.output


def test_build_shows_progress_per_page(pages_dir, tmp_path):
    (pages_dir / "a.txt").write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "--input", str(pages_dir), "--output", str(tmp_path / "o")]
    )
    assert "[1/1] a.txt" in result.output


def test_missing_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(
        main, ["build", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o")]
    )
    assert result.exit_code != 0
    assert "does not exist" in result.output


def test_folder_without_pages_is_a_clear_error(pages_dir, tmp_path):
    result = CliRunner().invoke(
        main, ["build", "--input", str(pages_dir), "--output", str(tmp_path / "o")]
    )
    assert result.exit_code != 0 and "no .txt pages" in result.output


def test_page_that_is_not_utf8_is_named(pages_dir, tmp_path):
    (pages_dir / "gbk.txt").write_bytes("工会主席".encode("gb18030"))
    result = CliRunner().invoke(
        main, ["build", "--input", str(pages_dir), "--output", str(tmp_path / "o")]
    )
    assert result.exit_code != 0
    assert "gbk.txt" in result.output and "UTF-8" in result.output


def test_help_explains_each_command():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"]).output
    assert all(cmd in top for cmd in ("build", "validate", "serve"))
    build_help = runner.invoke(main, ["build", "--help"]).output
    assert "--input" in build_help and "--output" in build_help and "metadata.csv" in build_help
    assert "--port" in runner.invoke(main, ["serve", "--help"]).output


def test_serve_without_a_build_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--data", str(tmp_path)])
    assert result.exit_code != 0 and "gonghui build" in result.output


def test_validate_reports_a_valid_package(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["validate", "--descriptor", str(out / "datapackage.json")])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_short_help_works_everywhere():
    runner = CliRunner()
    assert runner.invoke(main, ["-h"]).exit_code == 0
    serve_help = runner.invoke(main, ["serve", "-h"])
    assert serve_help.exit_code == 0 and "--host" in serve_help.output


def test_serve_finds_no_build_in_an_empty_folder(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--data", str(tmp_path)])
    assert result.exit_code != 0 and "holds no build" in result.output
