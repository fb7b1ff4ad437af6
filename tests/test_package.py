"""Deterministic builds, and the committed dataset is the build of the committed seeds."""

from __future__ import annotations

import json
import re

from gonghui import tables
from gonghui_build import pipeline
from tests.conftest import ROOT, SEEDS, copy_seed


def _hashes(descriptor_path):
    package = json.loads(descriptor_path.read_text(encoding="utf-8"))
    return {r["name"]: r["hash"] for r in package["resources"]}


def _without_build_time(path):
    package = json.loads(path.read_text(encoding="utf-8"))
    package.pop("created")
    return package


def test_same_input_gives_byte_identical_parquet(seeds_build, tmp_path):
    first, _ = seeds_build
    pipeline.run(SEEDS, tmp_path)
    for name in tables():
        assert (first / f"{name}.parquet").read_bytes() == (
            tmp_path / f"{name}.parquet"
        ).read_bytes(), name
    assert _without_build_time(first / "datapackage.json") == _without_build_time(
        tmp_path / "datapackage.json"
    )


def test_committed_data_is_the_build_of_the_seeds(seeds_build):
    """If this fails: run `gonghui build` at the repository root and commit data/ and
    datapackage.json with the change that altered the output. The message names the
    rows that differ, table by table (``python -m gonghui_dev.compare data <build>``)."""
    from gonghui_dev.compare import compare, report

    out, _ = seeds_build
    diffs = compare(ROOT / "data", out)
    changed = [d for d in diffs if not d.same]
    assert not changed, "\n" + report(changed, verbose=True, limit=20)
    assert sum(d.new_rows for d in diffs) > 0
    assert _hashes(ROOT / "datapackage.json") == _hashes(out / "datapackage.json")
    for name in tables():
        assert (ROOT / "data" / f"{name}.parquet").exists()


def test_the_comparison_names_rows_added_removed_and_changed(seeds_build, tmp_path):
    """What the snapshot test reports when the data changes: each row, by its key."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from gonghui_dev.compare import compare_table

    from gonghui.catalog import get

    out, _ = seeds_build
    rows = pq.read_table(out / "people.parquet").to_pylist()
    edited = [dict(rows[0], name="某某某"), *rows[2:], dict(rows[1], person_id="per-new")]
    table = pa.Table.from_pylist(edited, schema=pq.read_schema(out / "people.parquet"))
    pq.write_table(table, tmp_path / "people.parquet")
    diff = compare_table(out, tmp_path, get("people"))
    assert [r["person_id"] for r in diff.added] == ["per-new"]
    assert [r["person_id"] for r in diff.removed] == [rows[1]["person_id"]]
    (changed,) = diff.details()[-1:]
    assert rows[0]["person_id"] in changed and "某某某" in changed


def test_descriptor_paths_are_relative_to_the_descriptor(seeds_build):
    out, _ = seeds_build
    root = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    built = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert root["resources"][0]["path"] == "data/pages.parquet"
    assert built["resources"][0]["path"] == "pages.parquet"


def test_wheel_ships_every_table_and_its_descriptor_and_nothing_else_from_data():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    expected = {f"data/{t}.parquet": f"gonghui/_data/{t}.parquet" for t in tables()}
    # the loader checks every table against the descriptor
    assert shipped == {**expected, "datapackage.json": "gonghui/_data/datapackage.json"}


def test_readme_table_reference_is_current():
    """If this fails: run `python -m gonghui_dev.docs` and commit README.md."""
    from gonghui_dev.docs import BEGIN, END, render

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text[text.index(BEGIN) : text.index(END) + len(END)] == render()


def test_readme_starts_with_the_two_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block_start = lines.index("```sh")
    assert block_start <= 2
    commands = lines[block_start + 1 : lines.index("```", block_start)]
    assert len(commands) == 2
    assert "gonghui build" in commands[0] and "gonghui serve" in commands[0]
    assert "pytest" in commands[1]


def test_descriptor_has_data_version_build_time_and_no_pypi_homepage(seeds_build):
    from gonghui import __version__
    from gonghui.catalog import DATA_VERSION

    out, _ = seeds_build
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == DATA_VERSION and package["gonghui_version"] == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", package["created"])
    assert "pypi.org" not in json.dumps(package)


def test_source_date_epoch_makes_the_descriptor_reproducible(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pages = tmp_path / "pages"
    pages.mkdir()
    copy_seed("001", pages)
    first = pipeline.run(pages, tmp_path / "a").descriptor.read_bytes()
    second = pipeline.run(pages, tmp_path / "b").descriptor.read_bytes()
    assert first == second and b'"created": "2023-11-14T22:13:20Z"' in first


def test_licence_citation_and_changelog_agree_with_the_versions():
    from gonghui import __version__
    from gonghui.catalog import DATA_VERSION

    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "paragraphs.text" in licence
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert f'version: "{DATA_VERSION}"' in citation
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## Data {DATA_VERSION}, code {__version__}" in changelog


def test_the_loader_does_not_force_pandas_3():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "pandas>=2.2" in config["project"]["dependencies"]
    assert config["project"]["license-files"] == ["LICENSE"]
