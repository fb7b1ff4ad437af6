"""``gonghui.load`` checks each file against the build's descriptor before trusting it."""

from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest

import gonghui
from gonghui import DataCheckError


@pytest.fixture()
def build_copy(seeds_build, tmp_path):
    out, _ = seeds_build
    copy = tmp_path / "build"
    shutil.copytree(out, copy)
    return copy


def test_a_build_loads_and_is_checked_once(build_copy, monkeypatch):
    from gonghui import integrity

    assert len(gonghui.load("paragraphs", data=build_copy)) == 184
    hashed = []
    monkeypatch.setattr(integrity.hashlib, "sha256", lambda b: hashed.append(b))
    assert len(gonghui.load("paragraphs", data=build_copy)) == 184
    assert hashed == []  # the same unchanged file is not hashed again


def test_a_file_with_half_its_rows_is_refused_naming_it(build_copy):
    path = build_copy / "paragraphs.parquet"
    table = pq.read_table(path)
    pq.write_table(table.slice(0, table.num_rows // 2), path)
    with pytest.raises(DataCheckError) as err:
        gonghui.load("paragraphs", data=build_copy)
    message = str(err.value)
    assert str(path) in message and "sha256" in message and "92 rows" in message


def test_another_tables_contents_are_refused(build_copy):
    shutil.copy(build_copy / "people.parquet", build_copy / "organisations.parquet")
    with pytest.raises(DataCheckError, match="columns are not those of the table"):
        gonghui.load("organisations", data=build_copy, format="arrow")


def test_a_folder_without_a_descriptor_needs_check_false(build_copy):
    (build_copy / "datapackage.json").unlink()
    with pytest.raises(DataCheckError, match=r"no datapackage\.json"):
        gonghui.load("people", data=build_copy)
    assert len(gonghui.load("people", data=build_copy, check=False)) == 45


def test_the_checkout_data_is_checked_against_the_root_descriptor():
    from gonghui.integrity import find_descriptor
    from tests.conftest import ROOT

    assert find_descriptor(ROOT / "data") == ROOT / "datapackage.json"
    assert len(gonghui.load("pages", data=ROOT / "data")) == 5
