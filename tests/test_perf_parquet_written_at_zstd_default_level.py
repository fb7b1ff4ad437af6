"""The Parquet files are compressed with zstd at its default level (3), not level 9.

Level 9 cost three times zstd's CPU for files 4.4 % smaller, paid again by every build and
every one-page rebuild for all 14 files (benchmarks/README.md, stop 33). The files stay
the same rows, deterministic (the same rows give the same bytes), and readable by any
Parquet reader."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from gonghui.catalog import BY_NAME
from gonghui.schemas import arrow_schema
from gonghui_build.publish import PARQUET_OPTIONS, ROW_GROUP, write_parquet
from tests.conftest import page_row


def _pages(n: int) -> pa.Table:
    """``n`` invented page rows (no article each), in no particular order."""
    rows = [
        page_row(
            page_id=f"page-{(i * 7) % n:04d}",
            source_file=f"p{i:04d}.txt",
            sha256=f"{(i * 2654435761) % 16**64:064x}",
            articles=0,
        )
        for i in range(n)
    ]
    return pa.Table.from_pylist(rows, schema=arrow_schema(BY_NAME["pages"]))


def test_parquet_files_are_zstd_at_level_three():
    assert PARQUET_OPTIONS == {"compression": "zstd", "compression_level": 3}


def test_a_written_file_is_the_bytes_of_zstd_level_three_not_nine(tmp_path: Path):
    table = BY_NAME["pages"]
    data = _pages(3000)
    written = tmp_path / "pages.parquet"
    write_parquet(table, data, written)
    column = pq.ParquetFile(written).metadata.row_group(0).column(0)
    assert column.compression == "ZSTD"

    back = pq.read_table(written)
    assert back.num_rows == 3000
    # the same rows, sorted in the table's declared order, written at each level
    for level, same in ((3, True), (9, False)):
        other = tmp_path / f"level{level}.parquet"
        with pq.ParquetWriter(
            other, back.schema, compression="zstd", compression_level=level
        ) as writer:
            writer.write_table(back, row_group_size=ROW_GROUP)
        assert (other.read_bytes() == written.read_bytes()) is same


def test_the_same_rows_give_the_same_bytes(tmp_path: Path):
    table = BY_NAME["pages"]
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    write_parquet(table, _pages(120), first)
    write_parquet(table, _pages(120), second)
    assert first.read_bytes() == second.read_bytes()
    assert pq.read_table(first).equals(pq.read_table(second))
