"""What the steps after reading hold: the order of a table waiting in its file is found
from its sort keys alone, and the key checks read one table's keys at a time, with the
same answers as before."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from gonghui.catalog import BY_NAME
from gonghui.schemas import arrow_schema
from tests.conftest import ROOT


def _stored(tmp_path, name: str, data: pa.Table, batch: int):
    """``data`` in a store's file for ``name``, a batch of ``batch`` rows at a time (as
    pages' rows arrive), and the store."""
    from gonghui_build.rowstore import RowStore

    store = RowStore(tmp_path)
    for part in data.to_batches(max_chunksize=batch):
        store.add_batch(name, part)
    return store


def test_the_order_of_a_stored_table_from_its_sort_keys_is_the_order_of_the_whole_table(
    tmp_path,
):
    from gonghui_build.rowstore import Stored, order_of, sort_order

    table = BY_NAME["repairs"]
    data = pq.read_table(ROOT / "data" / "repairs.parquet").cast(arrow_schema(table))
    shuffled = data.take(pc.sort_indices(data, sort_keys=[("repair_id", "descending")]))
    assert shuffled.num_rows > 100 and not shuffled.equals(data)
    source = _stored(tmp_path, "repairs", shuffled, batch=7).source("repairs")
    assert isinstance(source, Stored)
    keys = source.columns(table.order_by)
    assert sorted(keys.column_names) == sorted(table.order_by)  # nothing else read
    order, rows = order_of(table, source)
    assert rows == shuffled.num_rows
    assert order.equals(sort_order(table, shuffled))
    held, held_rows = order_of(table, lambda: shuffled)  # a table held in memory
    assert held.equals(order) and held_rows == rows


def test_key_checks_on_stored_tables_drop_repeats_and_what_points_at_them(tmp_path):
    from gonghui_build.validate import check_keys

    pages = pq.read_table(ROOT / "data" / "pages.parquet").cast(arrow_schema(BY_NAME["pages"]))
    articles = pq.read_table(ROOT / "data" / "articles.parquet")
    articles = articles.cast(arrow_schema(BY_NAME["articles"]))
    first = pages.column("page_id")[0].as_py()
    pointing = pc.sum(pc.equal(articles.column("page_id"), first)).as_py()
    assert pages.num_rows > 2 and pointing > 0
    # the first page printed twice, the second time under another sha256; a page dropped
    # from the pages' table for good leaves its articles pointing at nothing
    again = pages.slice(0, 1)
    gone = pages.slice(1, 1).column("page_id")[0].as_py()
    orphans = pc.sum(pc.equal(articles.column("page_id"), gone)).as_py()
    kept_pages = pa.concat_tables([pages.slice(0, 1), pages.slice(2), again])
    store = _stored(tmp_path, "pages", kept_pages, batch=3)
    for part in articles.to_batches(max_chunksize=5):
        store.add_batch("articles", part)
    problems = check_keys(store)
    assert store.rows("pages") == pages.num_rows - 1
    assert store.rows("articles") == articles.num_rows - orphans
    assert ("pages", first, "page_id") in {(p.table, p.key, p.field) for p in problems}
    assert sum(p.table == "articles" and p.field == "page_id" for p in problems) == orphans
    assert orphans > 0


_FREED_BETWEEN_HELD = """
from gonghui_build.heap import give_back_freed_memory
def anon():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("RssAnon")) // 1024
held, freed = [], []
for _ in range(8000):
    freed.append(b"x" * 20_000)
    held.append(b"y" * 1_000)
del freed
before = anon()
give_back_freed_memory()
print(before, anon())
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_freed_between_held_blocks_is_given_back_before_a_fork():
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", _FREED_BETWEEN_HELD], env=env, capture_output=True, text=True
    )
    before, after = map(int, out.stdout.split())
    assert before - after > 100  # 160 MB freed in 20 KB holes, held until given back


def test_rows_taken_from_their_span_are_the_rows_taken_from_the_whole_table():
    from gonghui_build.rowstore import take_rows

    batches = [
        pa.record_batch(
            [pa.array([f"第{n}段{i}" for i in range(7)]), pa.array(range(7))], ["t", "n"]
        )
        for n in range(40)
    ]
    data = pa.Table.from_batches(batches)
    cases = {
        "in order": list(range(30, 90)),
        "shuffled across the table": [279, 0, 140, 3, 3, 200, 57],
        "one row": [131],
        "none": [],
    }
    for name, positions in cases.items():
        wanted = pa.array(positions, pa.uint64())
        taken = take_rows(data, wanted)
        assert taken.equals(data.take(wanted)), name
        assert taken.num_rows == len(positions), name
