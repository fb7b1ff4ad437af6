"""Organisation mentions that start at the same character (a department printed after
its parent's full name) are two mentions with two identifiers: none is dropped as a
duplicate key."""

from __future__ import annotations

import pyarrow.parquet as pq

# a department longer than the units read right after a body's name (organisations/
# units.py reads the department alone there), named by the title chain beside its parent
PAGE = (
    "青禾能源公司职工获奖\n\n"
    "本报讯（记者 甄文）4月27日，青禾能源股份有限公司石岭煤矿安全生产技术管理部部长郝明远"
    "等12人获得全国五一劳动奖章。\n"
)


def test_a_department_and_its_parent_named_from_one_character_are_both_published(tmp_path):
    from gonghui_build.pipeline import run

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "award.txt").write_text(PAGE, encoding="utf-8")
    summary = run(pages, tmp_path / "out")
    assert summary.warnings == 0, [str(p) for p in [*summary.invalid, *summary.failures]]
    mentions = pq.read_table(tmp_path / "out" / "organisation_mentions.parquet").to_pylist()
    starts: dict[tuple[str, int], list[str]] = {}
    for m in mentions:
        starts.setdefault((m["paragraph_id"], m["text_start"]), []).append(m["name_as_written"])
    nested = [names for names in starts.values() if len(names) > 1]
    assert nested, "the department and its parent begin at one character"
    assert len({m["mention_id"] for m in mentions}) == len(mentions)
