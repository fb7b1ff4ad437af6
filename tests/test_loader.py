"""``gonghui.load``: every table in pandas, pyarrow and polars; a light import."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

import gonghui


@pytest.mark.parametrize("name", gonghui.tables())
def test_every_table_loads_in_every_format(name, seeds_build):
    out, summary = seeds_build
    frame = gonghui.load(name, data=out)
    arrow = gonghui.load(name, format="arrow", data=out)
    polars = gonghui.load(name, format="polars", data=out)
    assert isinstance(frame, pd.DataFrame) and isinstance(arrow, pa.Table)
    assert len(frame) == arrow.num_rows == polars.height == summary.rows[name]
    assert list(frame.columns) == arrow.column_names == polars.columns


def test_nullable_integers_stay_integers_in_pandas(seeds_build):
    out, _ = seeds_build
    activities = gonghui.load("activities", data=out)
    assert activities["participants"].isna().any()  # some activities give no count
    assert str(activities["participants"].dtype) == "Int64"
    assert str(gonghui.load("paragraphs", data=out)["is_garbled"].dtype) == "boolean"


def test_tables_lists_parents_first():
    names = gonghui.tables()
    assert names[:3] == ["pages", "articles", "paragraphs"]
    assert names.index("people") < names.index("person_mentions")


def test_unknown_table_and_format_are_clear_errors(seeds_build):
    out, _ = seeds_build
    with pytest.raises(KeyError, match="the tables are: pages, articles"):
        gonghui.load("persons", data=out)
    with pytest.raises(ValueError, match="format must be one of"):
        gonghui.load("people", format="excel", data=out)


def test_missing_data_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="gonghui build"):
        gonghui.load("people", data=tmp_path)


def test_default_data_is_the_committed_tables():
    assert len(gonghui.load("articles")) == 11


def test_import_does_not_pull_build_or_serve_dependencies():
    code = (
        "import sys, gonghui; gonghui.tables(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'jieba', 'frictionless', 'datasette', 'pydantic', 'pandas', 'pyarrow'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_plain_pandas_restores_nullable_integers_from_the_files(seeds_build):
    out, _ = seeds_build
    activities = pd.read_parquet(out / "activities.parquet")
    assert activities["participants"].isna().any()
    assert str(activities["participants"].dtype) == "Int64"
    assert str(pd.read_parquet(out / "paragraphs.parquet")["is_garbled"].dtype) == "boolean"
