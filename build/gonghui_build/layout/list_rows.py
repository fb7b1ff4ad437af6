"""The rows of a page's lists and tables, settled before its articles are read.

A roster's lines, an award list's, a table's rows (Markdown or spaced), a list's cells,
the items of a counted list, of a list after a colon, of a list of units and of an award's
section are each a paragraph of running text, whatever shape their own text gave them
(:mod:`roster`, :mod:`tables`, :mod:`cell_rows`, :mod:`unit_lists`,
:mod:`award_sections`); the headings over such lists, and a spaced table's header, are
display lines. Apart from :mod:`segment` so that module keeps under its size.
"""

from __future__ import annotations

from gonghui_build.layout.award_sections import award_sections, colon_award_headings
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cell_rows import cell_rows
from gonghui_build.layout.outline import notice_part_texts, outline_headings
from gonghui_build.layout.posted_names import posted_name_lines
from gonghui_build.layout.roster import (
    colon_list_items,
    counted_headings,
    counted_list_items,
    mixed_roster_lines,
    winner_lines,
)
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.tables import spaced_headers, spaced_rows, table_rows
from gonghui_build.layout.unit_lists import unit_list_items


def settle_rows(blocks: list[Block], shapes: list[Shape]) -> tuple[frozenset[int], frozenset[int]]:
    """The rows of the page's lists and tables, and the headings of its award lists
    (block indices); ``shapes`` says so from now on: the rows running text, the lists'
    headings and a table's header display lines."""
    furniture = {i for i, s in enumerate(shapes) if s is Shape.FURNITURE}
    for i in counted_headings(blocks) | outline_headings(blocks, furniture):
        if shapes[i] in (Shape.BODY, Shape.ITEM):
            shapes[i] = Shape.DISPLAY  # 一、某某委员会（9人）, 一、… over 1．…: a heading
    display = {i for i, s in enumerate(shapes) if s is Shape.DISPLAY}
    spaced = spaced_rows(blocks, furniture)
    rows = table_rows(blocks) | spaced
    rows |= winner_lines(blocks, furniture) | cell_rows(blocks, shapes)
    rows |= mixed_roster_lines(blocks, furniture)
    rows |= posted_name_lines(blocks, furniture)
    rows |= counted_list_items(blocks, display - rows, furniture)
    texts = {i for i, s in enumerate(shapes) if s in (Shape.BODY, Shape.DATELINE)}
    rows |= colon_list_items(blocks, display - rows, texts)
    rows |= unit_list_items(blocks, display - rows, texts)
    captions = {i for i, s in enumerate(shapes) if s in (Shape.DISPLAY, Shape.PERSON_CAPTION)}
    captions |= colon_award_headings(blocks, texts)
    awarded, award_heads = award_sections(blocks, captions - rows)
    rows |= awarded
    for i in award_heads:
        shapes[i] = Shape.DISPLAY  # 一等奖：over its winners: a heading, no paragraph
    rows |= notice_part_texts(blocks, furniture)  # after the lists: their rows settled
    for i in rows:
        shapes[i] = Shape.BODY  # a roster's lines, a table's rows: text, each a paragraph
    for i in spaced_headers(blocks, spaced) - rows:
        shapes[i] = Shape.DISPLAY  # 序号  姓名  性别 …: the table's header, no paragraph
    return rows, award_heads
