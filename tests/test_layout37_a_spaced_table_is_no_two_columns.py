"""A table a text layer prints with wide gaps between its cells (``工种    姓名    单位`` over
``电工    詹国栋    鹤山电力工程有限公司``): its last column lines up as a right-hand column
would, but the pieces left of it hold a wide gap of their own (the table's other cells),
which one line of a column of prose does not. Its rows are read across, one paragraph a
row, not as two columns read one after the other (the left cells as a caption, the right
ones as a heading), and a row parted in three pieces is no suspected pair of columns, so
the names in it are read; a header row naming the names' column (``姓名``) is the table's
header, no paragraph. Two columns of prose side by side are still read apart. Invented
text in the shape of prize lists on workers' papers' pages read in session 40."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from gonghui_build.layout.interleave import find_column_runs
from tests.conftest import block_roles, layout_articles

HEAD = (
    "鹤山市职工技能大赛获奖名单公布\n"
    "本报讯（记者 宁晓霞）5月18日，鹤山市职工技能大赛落下帷幕，各工种一等奖获得者如下。\n"
)
TABLE = (
    "工种    姓名    单位\n"
    "电工    詹国栋    鹤山电力工程有限公司\n"
    "焊工    闵浩然    鹤山重型机械厂\n"
    "钳工    甘秀英    鹤山精密制造有限公司\n"
)
CLOSE = "大赛由鹤山市总工会、鹤山市人社局联合主办。\n"


def test_a_spaced_tables_rows_are_no_column_run() -> None:
    assert find_column_runs(HEAD + TABLE + CLOSE) == []


def test_each_row_is_read_across() -> None:
    (article,) = layout_articles(HEAD + TABLE + CLOSE)
    texts = [text.strip() for _, text in article]
    assert "电工    詹国栋    鹤山电力工程有限公司" in texts


def test_two_columns_of_prose_are_still_read_apart() -> None:
    columns = (
        "区总工会召开女职工工作会议，部署    会议由区委常委、副区长王晓峰主\n"
        "今年女职工工作，各街道工会女职工    持。区总工会主席作了讲话，要求\n"
        "委员会主任共六十余人参加了会议，    各级工会组织把女职工工作落到实\n"
        "会上还表彰了一批先进女职工组织。    处，切实维护好女职工合法权益。\n"
    )
    assert len(find_column_runs(columns)) == 1


def test_the_header_naming_the_names_column_is_no_paragraph() -> None:
    assert block_roles(HEAD + TABLE + CLOSE)["工种    姓名    单位"] != "body"


def test_the_names_in_the_rows_are_read(tmp_path: Path) -> None:
    from gonghui_build.pipeline import run

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text(HEAD + TABLE + CLOSE, encoding="utf-8")
    run(pages, tmp_path / "out")
    names = {p["name"] for p in pq.read_table(tmp_path / "out" / "people.parquet").to_pylist()}
    assert {"詹国栋", "闵浩然", "甘秀英"} <= names
