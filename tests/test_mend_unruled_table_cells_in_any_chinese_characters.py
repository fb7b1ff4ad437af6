"""A Markdown table whose rule a copy lost is read by its cells of Chinese: a cell written
in characters of the CJK extensions (a rare character of a name or a place) is a cell of
Chinese as much as one in the common block; :func:`gonghui_build.text.chars.is_cjk` is
the one definition of a Chinese character. Invented rows."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.tables import table_rows


def _rows(text: str) -> list[str]:
    blocks = split_blocks(text)
    return [blocks[i].plain for i in sorted(table_rows(blocks))]


def test_a_cell_in_extension_characters_counts_as_a_cell_of_chinese():
    text = "| 䶮 | 基层工会组织建设不够健全 |\n\n| 㐂 | 职工之家阵地建设有待加强 |\n"
    assert len(_rows(text)) == 2


def test_a_cell_of_digits_alone_is_still_no_cell_of_chinese():
    text = "| 1 | 基层工会组织建设不够健全 |\n\n| 2 | 职工之家阵地建设有待加强 |\n"
    assert _rows(text) == []
