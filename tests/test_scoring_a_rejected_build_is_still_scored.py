"""A set whose build fails one of its checks is scored from the build kept aside.

The pipeline does not publish a build that fails a check: it leaves it beside the output
folder as ``<name>.rejected``. The scorer reads that one and says on stderr which check
failed, so a new set's first look is a score and a failure, not a traceback.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from gonghui_dev import scoring

from gonghui_build import pipeline
from gonghui_build.checks.model import Check, Failure

PAGE = "本报讯 2024年3月5日，江城市总工会在市工人文化宫举办女职工健康讲座，200名女职工参加。\n"
GOLD = """page: p.txt
furniture: []
repeated: false
interleaved: false
articles:
  - headline: null
    kicker: null
    subtitle: null
    byline: null
    body_paragraphs: 1
    continued: false
    kind: news_item
    year: 2024
    date_basis: explicit_date
    authors: []
    people: []
"""


def test_a_build_that_fails_a_check_is_scored_and_the_failure_told(tmp_path, monkeypatch, capsys):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "p.people.yaml").write_text(GOLD, encoding="utf-8")
    real_run = pipeline.run

    def failing_run(pages_dir: Path, output_dir: Path, **kwargs):
        summary = real_run(pages_dir, output_dir, **kwargs)
        rejected = output_dir.with_name(f"{output_dir.name}.rejected")
        output_dir.rename(rejected)
        check = Check(name="every page fully covered", table="pages", sql="")
        return dataclasses.replace(
            summary, rejected=rejected, failures=[Failure(check, [("p", 0.9)])]
        )

    monkeypatch.setattr(pipeline, "run", failing_run)
    scores = scoring.build_and_score(tmp_path / "pages", tmp_path / "gold")
    assert scores.articles.tp == 1
    assert "every page fully covered" in capsys.readouterr().err
