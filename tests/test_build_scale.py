"""The build's ways of reading pages give the same bytes: worker processes, a Dask
cluster, the per-page cache; and a rebuild reads again only the pages that changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gonghui import tables
from tests.conftest import ROOT, SEEDS


def _parquet(folder: Path) -> dict[str, bytes]:
    return {t: (folder / f"{t}.parquet").read_bytes() for t in tables()}


def _build(pages: Path, out: Path, **options):
    from gonghui_build.pipeline import BuildOptions, run

    return run(pages, out, options=BuildOptions(**options))


def test_two_worker_processes_give_the_bytes_of_one(seeds_build, tmp_path):
    out, _ = seeds_build
    # one process built right before, so that both start from the same cached rules
    serial = _build(SEEDS, tmp_path / "jobs1", jobs=1)
    summary = _build(SEEDS, tmp_path / "jobs2", jobs=2)
    assert summary.pages == serial.pages == 5
    assert _parquet(tmp_path / "jobs2") == _parquet(out) == _parquet(tmp_path / "jobs1")
    # the reference usage is gathered from the workers too
    assert summary.unused_reference == serial.unused_reference
    assert sum(len(v) for v in serial.unused_reference.values()) > 0


def test_a_dask_cluster_gives_the_bytes_of_one_process(seeds_build, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, _ = seeds_build
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = _build(SEEDS, tmp_path / "dask", dask=client)
    assert summary.pages == 5
    assert _parquet(tmp_path / "dask") == _parquet(out)


def test_a_rebuild_reads_only_the_changed_page_and_equals_a_fresh_build(tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    cache = tmp_path / "cache"
    first = _build(pages, tmp_path / "out", cache_dir=cache)
    assert first.cached_pages == 0
    changed = sorted(pages.glob("*.txt"))[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\n本报讯 区总工会日前举办职工书法比赛。\n",
        encoding="utf-8",
    )
    again = _build(pages, tmp_path / "out", cache_dir=cache)
    assert again.cached_pages == 4
    fresh = _build(pages, tmp_path / "fresh")
    assert again.rows == fresh.rows and again.rows != first.rows
    assert _parquet(tmp_path / "out") == _parquet(tmp_path / "fresh")


def test_a_cache_entry_that_cannot_be_read_is_read_from_the_page_again(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[1], pages)
    cache = tmp_path / "cache"
    first = _build(pages, tmp_path / "out", cache_dir=cache)
    for entry in cache.rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again = _build(pages, tmp_path / "out", cache_dir=cache)
    assert again.cached_pages == 0 and again.rows == first.rows


def test_the_cache_key_changes_with_the_bytes_the_name_and_the_metadata():
    from gonghui_build.pagecache import page_key
    from gonghui_build.pages import page_from_bytes

    a = page_from_bytes("a.txt", "工会".encode())
    keys = {
        page_key(a, None),
        page_key(page_from_bytes("a.txt", "工会。".encode()), None),
        page_key(page_from_bytes("b.txt", "工会".encode()), None),
        page_key(a, {"date": "2018-01-01"}),
    }
    assert len(keys) == 4
    assert page_key(a, None) == page_key(page_from_bytes("a.txt", "工会".encode()), None)


def test_rows_kept_on_disk_read_back_as_the_rows_kept_in_memory(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from gonghui.catalog import BY_NAME
    from gonghui.schemas import arrow_schema
    from gonghui_build.rowstore import RowStore
    from tests.conftest import ROOT

    schema = arrow_schema(BY_NAME["pages"])
    rows = pq.read_table(ROOT / "data" / "pages.parquet").cast(schema).to_pylist()
    assert len(rows) > 1
    (tmp_path / "rows").mkdir()
    on_disk, in_memory = RowStore(tmp_path / "rows"), RowStore()
    for store in (on_disk, in_memory):
        store.add_batch("pages", pa.RecordBatch.from_pylist(rows[:1], schema=schema))
        store.add("pages", rows[1:])
    assert on_disk.table("pages").equals(in_memory.table("pages"))
    assert (tmp_path / "rows" / "pages.arrow").stat().st_size > 0
    on_disk.add("pages", rows[:1])  # rows added after the table was read are kept too
    assert on_disk.rows("pages") == len(rows) + 1


def test_facts_kept_in_a_file_read_back_in_order_by_index_and_slice(tmp_path):
    from gonghui_build.rowstore import Pickled

    kept = Pickled(tmp_path / "facts.pickles")
    values = [{"page": n, "names": ["王建国"] * n} for n in range(5)]
    for v in values:
        kept.append(v)
    assert len(kept) == 5 and list(kept) == values
    assert kept[3] == values[3] and kept[-1] == values[-1] and kept[1:4] == values[1:4]
    assert (tmp_path / "facts.pickles").stat().st_size > 0
    kept.close()


def test_parquet_written_a_row_group_at_a_time_is_the_file_of_the_whole_sorted_table(
    monkeypatch, tmp_path
):
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from gonghui.catalog import BY_NAME
    from gonghui_build import publish

    table = BY_NAME["repairs"]
    data = pq.read_table(ROOT / "data" / "repairs.parquet")
    shuffled = data.take(list(range(data.num_rows))[::-1])
    assert shuffled.num_rows > 3 * 50
    monkeypatch.setattr(publish, "ROW_GROUP", 50)
    publish.write_parquet(table, shuffled, tmp_path / "groups.parquet")
    keys = [(k, "ascending", "at_end") for k in table.order_by]
    whole = shuffled.take(pc.sort_indices(shuffled, sort_keys=keys))
    pq.write_table(whole, tmp_path / "whole.parquet", **publish.PARQUET_OPTIONS, row_group_size=50)
    assert pq.ParquetFile(tmp_path / "groups.parquet").metadata.num_row_groups > 3
    assert (tmp_path / "groups.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()


def test_arrow_finds_the_repeats_the_row_by_row_check_finds():
    import pyarrow as pa

    from gonghui.catalog import BY_NAME
    from gonghui_build.validate import has_repeats, repeated_keys

    def row_by_row(table, data):  # the definition: a key, or a unique value, seen before
        def repeats(values):
            return len(set(values)) < len(values)

        keys = list(zip(*(data.column(k).to_pylist() for k in table.primary_key), strict=True))
        unique = [f.name for f in table.fields if f.unique and f.name not in table.primary_key]
        present = [[v for v in data.column(n).to_pylist() if v is not None] for n in unique]
        return repeats(keys) or any(repeats(values) for values in present)

    orgs, aliases = BY_NAME["organisations"], BY_NAME["organisation_aliases"]
    cases = [
        (orgs, {"organisation_id": ["o1", "o2"], "name": ["甲", "乙"]}, False),
        (orgs, {"organisation_id": ["o1", "o1"], "name": ["甲", "乙"]}, True),
        (orgs, {"organisation_id": ["o1", "o2"], "name": ["甲", "甲"]}, True),
        (orgs, {"organisation_id": ["o1", "o2"], "name": [None, None]}, False),
        (orgs, {"organisation_id": [None, None], "name": ["甲", "乙"]}, True),
        (aliases, {"organisation_id": ["o1", "o1"], "alias": ["甲", "乙"]}, False),
        (aliases, {"organisation_id": ["o1", "o1"], "alias": ["甲", "甲"]}, True),
        (aliases, {"organisation_id": ["o1", "o1"], "alias": [None, None]}, True),
        (aliases, {"organisation_id": pa.array([], pa.string()), "alias": []}, False),
    ]
    for table, columns, repeats in cases:
        data = pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()})
        assert has_repeats(table, data) is repeats is row_by_row(table, data), columns
        keep, bad = repeated_keys(table, data)
        assert (not all(keep), bool(bad)) == (repeats, repeats), columns


def test_tables_handed_over_once_are_forgotten_by_the_store_and_mapped_afresh(
    monkeypatch, tmp_path
):
    import pyarrow.parquet as pq

    from gonghui.catalog import BY_NAME, TABLES
    from gonghui.schemas import arrow_schema
    from gonghui_build import publish
    from gonghui_build.rowstore import RowStore, every_table

    rows = pq.read_table(ROOT / "data" / "pages.parquet").cast(arrow_schema(BY_NAME["pages"]))
    assert rows.num_rows > 3
    store = RowStore(tmp_path)
    store.add("pages", rows.to_pylist())
    assert store.rows("pages") == rows.num_rows  # read (and mapped) once before
    handed = every_table(store)
    assert list(handed) == [t.name for t in TABLES] and len(handed) == len(TABLES)
    source = handed["pages"]
    assert source().equals(rows) and source() is not source()  # a new mapping each call
    assert store.rows("pages") == 0  # the store let go of it: nothing is held twice
    with pytest.raises(KeyError):
        handed["no such table"]
    # a table written from its file, a row group from a fresh mapping each: the same bytes
    monkeypatch.setattr(publish, "ROW_GROUP", 2)
    publish.write_parquet(BY_NAME["pages"], source, tmp_path / "mapped.parquet")
    publish.write_parquet(BY_NAME["pages"], rows, tmp_path / "held.parquet")
    assert pq.ParquetFile(tmp_path / "mapped.parquet").metadata.num_row_groups > 1
    assert (tmp_path / "mapped.parquet").read_bytes() == (tmp_path / "held.parquet").read_bytes()


def test_a_file_hashed_in_blocks_has_the_hash_of_its_bytes(tmp_path):
    import hashlib

    from gonghui.integrity import resource_file_hash, resource_hash

    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 5000)  # larger than one block
    assert resource_file_hash(path) == resource_hash(path.read_bytes())
    assert resource_file_hash(path) == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
