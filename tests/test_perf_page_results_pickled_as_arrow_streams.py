"""A page's result crosses a pickle (the per-page cache, a worker) with its rows as Arrow
IPC streams and its facts as one pickle the build writes as it is: the same rows, schema
and facts come back, an entry pickled the old way still reads, and a rebuild from such a
cache gives every output file of a fresh build, byte for byte."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pyarrow as pa

from gonghui_build.pages import Page
from gonghui_build.perpage import PageResult, read_page
from gonghui_build.rowstore import Pickled

TEXT = (
    "市总工会召开劳模座谈会\n\n"
    "本报讯（记者 柯文远）3月5日，市总工会在宏远大厦召开劳模座谈会，"
    "市总工会副主席顾明澜出席并讲话。20名劳模参加。\n"
)


def _result() -> PageResult:
    return read_page(Page("p-invented", "invented.txt", TEXT, "1" * 64))


def _same_rows(a: PageResult, b: PageResult) -> bool:
    return a.rows.keys() == b.rows.keys() and all(
        a.rows[k].equals(b.rows[k]) and a.rows[k].schema.equals(b.rows[k].schema, True)
        for k in a.rows
    )


def test_a_pickled_page_result_reads_back_with_the_same_rows_schema_and_facts():
    result = _result()
    assert result.rows["paragraphs"].num_rows > 0 and result.facts.articles
    again = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == result
    assert _same_rows(again, result)
    # the field descriptions travel with the rows (the store's files are written with them)
    assert again.rows["paragraphs"].schema.metadata == result.rows["paragraphs"].schema.metadata


def test_the_rows_travel_as_arrow_streams_not_pickled_batches():
    state = _result().__getstate__()
    assert all(isinstance(v, bytes) for v in state["rows"].values())
    assert isinstance(state["facts"], bytes) and "paragraph_ids" not in state


def test_the_facts_pickle_of_an_unpickled_result_is_the_one_it_carried():
    result = _result()
    blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    again = pickle.loads(blob)
    kept = again.facts_pickle()
    assert kept is again.__dict__["_facts_pickle"]  # not pickled a second time
    assert pickle.loads(kept) == (result.facts, result.paragraph_ids)
    # a result read in this process has no pickle yet: it is made, and reads the same
    assert "_facts_pickle" not in result.__dict__
    assert pickle.loads(result.facts_pickle()) == (result.facts, result.paragraph_ids)


def test_the_kept_facts_pickle_is_not_pickled_into_the_result_again():
    again = pickle.loads(pickle.dumps(_result()))
    assert "_facts_pickle" not in again.__getstate__()


def test_a_result_pickled_the_old_way_still_reads(tmp_path: Path):
    result = _result()
    old = PageResult.__new__(PageResult)
    old.__setstate__(dict(result.__dict__))  # rows as batches, facts as objects
    assert old == result and _same_rows(old, result)
    assert isinstance(old.rows["pages"], pa.RecordBatch)
    assert "_facts_pickle" not in old.__dict__


def test_facts_appended_as_their_pickle_read_back_as_appended_values(tmp_path: Path):
    kept: Pickled[tuple[str, int]] = Pickled(tmp_path / "facts.pickles")
    kept.append(("甲", 1))
    kept.append_pickled(pickle.dumps(("乙", 2)))
    assert list(kept) == [("甲", 1), ("乙", 2)] and kept[1] == ("乙", 2)
    kept.close()


def test_a_rebuild_from_the_cache_writes_every_file_of_a_fresh_build(tmp_path, monkeypatch):
    from gonghui_build.pipeline import BuildOptions, run
    from tests.conftest import SEEDS

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    cache = tmp_path / "cache"
    run(pages, tmp_path / "first", options=BuildOptions(cache_dir=cache))
    changed = sorted(pages.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\n" + TEXT, encoding="utf-8")
    again = run(pages, tmp_path / "again", options=BuildOptions(cache_dir=cache))
    assert again.cached_pages == 4
    run(pages, tmp_path / "fresh")
    names = sorted(p.name for p in (tmp_path / "fresh").iterdir() if p.is_file())
    assert "gonghui.db" in names and "datapackage.json" in names
    for name in names:
        assert (tmp_path / "again" / name).read_bytes() == (
            tmp_path / "fresh" / name
        ).read_bytes(), name
    assert (tmp_path / "first" / "paragraphs.parquet").read_bytes() != (
        tmp_path / "fresh" / "paragraphs.parquet"
    ).read_bytes()
