"""A page built end to end in a test's folder, its activities read back: for behaviours
that only the whole pipeline shows (a news item's opening date, a time of day reaching
the table)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq


def built_activities(pages_dir: Path, tmp_path: Path, page: str) -> list[dict]:
    """The rows of ``activities`` built from one page of text ``page``."""
    from gonghui_build.pipeline import run

    (pages_dir / "p.txt").write_text(page, encoding="utf-8")
    run(pages_dir, tmp_path / "out")
    return pq.read_table(tmp_path / "out" / "activities.parquet").to_pylist()


def built_organisation_names(tmp_path: Path) -> dict[str, str]:
    """Organisation id → name of the page :func:`built_activities` built last."""
    table = pq.read_table(tmp_path / "out" / "organisations.parquet").to_pylist()
    return {o["organisation_id"]: o["name"] for o in table}


def built_organisers(tmp_path: Path, body: str) -> list[str | None]:
    """The organiser's name (or None) of each activity built from a digest page whose one
    item is ``body``."""
    pages = tmp_path / "pages"
    pages.mkdir()
    acts = built_activities(pages, tmp_path, "工会动态\n\n" + body + "\n")
    names = built_organisation_names(tmp_path)
    return [names.get(a["organiser_id"]) for a in acts]
