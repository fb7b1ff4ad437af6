"""The curated metadata file beside the pages: real dates only, Excel's BOM accepted."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from gonghui_build.pages import InputError
from gonghui_build.pipeline import run

HEADER = "source_file,date,newspaper,page_label\n"


@pytest.fixture()
def page(pages_dir):
    (pages_dir / "a.txt").write_text(
        "区总工会召开会议\n\n本报讯 区总工会召开会议。\n", encoding="utf-8"
    )
    return pages_dir


@pytest.mark.parametrize("date", ["2019-13-45", "2018-02-30", "2019-00", "2021-04-31"])
def test_an_impossible_date_is_refused_with_its_line(page, tmp_path, date):
    (page / "metadata.csv").write_text(f"{HEADER}a.txt,{date},,\n", encoding="utf-8")
    with pytest.raises(
        InputError, match=rf"metadata.csv, line 2: date '{date}' is not a real date"
    ):
        run(page, tmp_path / "out")


@pytest.mark.parametrize("date", ["2020-02-29", "2018-12", "2018"])
def test_a_real_date_of_any_precision_is_taken(page, tmp_path, date):
    (page / "metadata.csv").write_text(f"{HEADER}a.txt,{date},,\n", encoding="utf-8")
    run(page, tmp_path / "out")
    assert pq.read_table(tmp_path / "out" / "pages.parquet").to_pylist()[0]["date"] == date


def test_a_file_saved_by_excel_with_a_bom_is_read(page, tmp_path):
    (page / "metadata.csv").write_bytes(
        f"{HEADER}a.txt,2018-01-05,劳动午报,第3版\n".encode("utf-8-sig")
    )
    run(page, tmp_path / "out")
    article = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()[0]
    assert (article["date"], article["date_basis"]) == ("2018-01-05", "curated_metadata")
