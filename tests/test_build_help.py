"""`gonghui build --help` and the README's section on large archives say the same things:
every option of the build is in both, and so are the exit statuses and the places the
build writes to."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from gonghui.cli import build, main

README = Path(__file__).resolve().parents[1] / "README.md"


def _large_archives_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Building large archives")
    end = text.index("\n## ", start)
    return text[start:end]


def _help() -> str:
    result = CliRunner().invoke(main, ["build", "--help"], terminal_width=1000)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_every_option_about_large_builds_is_in_the_help_and_the_readme():
    options = {opt for p in build.params for opt in p.opts if opt.startswith("--")}
    large = {"--jobs", "--cache", "--no-cache", "--dask", "--strict"}
    assert large <= options
    section, help_text = _large_archives_section(), _help()
    for option in sorted(large):
        assert option in section, option
        assert option in help_text, option


def test_the_help_and_the_readme_give_the_same_exit_statuses_and_places():
    section = " ".join(_large_archives_section().split())
    help_text = _help()
    for said in (
        "0 usable",
        "3 usable with warnings",
        "1 failed",
        "build_report.json",
        "~/.cache/gonghui/pages",
        "byte-identical",
        "previous build",
    ):
        assert said in section, said
        assert said in help_text, said
    statuses = re.findall(r"\b([013]) (usable|failed)", help_text)
    assert len(statuses) == 3
