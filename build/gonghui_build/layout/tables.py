"""Tables: lines that are each a row, a paragraph of its own.

**Tables** a Markdown copy left in the text (``| 项目 | 姓名 | 单位 |`` over
``| --- | --- | --- |``) hold text, names and organisations, row by row: each row is a
paragraph (its cells apart by their bars); the rule under the header, nothing but marks,
is furniture. A copy that lost the rule still prints rows of text, each as many cells.

**Spaced tables** a book's text layer prints with its cells apart by wide blanks
(``主 任   某某某   1949.11—1953.4``) are read as tables: three rows or more of as many
short cells each, three cells or more, each row a paragraph.

Apart from :mod:`roster`, which reads lists of people, one to a line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import SENTENCE_MARKS, is_cjk, without_spaces

if TYPE_CHECKING:
    from gonghui_build.layout.blocks import Block
    from gonghui_build.layout.reader import Reader

_TABLE_ROW_RE = re.compile(r"^\s*\|?[^|\n]*(?:\|[^|\n]*){2,}$")
_TABLE_RULE_RE = re.compile(r"^[\s|:：\-—–]*-{3,}[\s|:：\-—–]*$")


#: Fewest characters of the longest cell of a table that lost its rule: a cell of text
#: (``部分基层工会组织不够健全``), never a menu's item (``工会要闻``).
TABLE_TEXT_CELL_MIN = 8


def table_rows(blocks: list[Block]) -> frozenset[int]:
    """The blocks (indices) that are rows of a Markdown table: one-line blocks with two
    bars or more, in a run that holds the rule under a table's header (``| --- |``) or,
    when a copy lost the rule, a run of rows of text (:func:`_unruled_table`). The rule
    itself is no row."""
    out: set[int] = set()
    run: list[int] = []
    ruled = False
    for b in [*blocks, None]:
        line = b.lines[0].text if b is not None and len(b.lines) == 1 else ""
        if b is not None and _TABLE_ROW_RE.match(line):
            if _TABLE_RULE_RE.match(line):
                ruled = True
            else:
                run.append(b.index)
            continue
        if ruled or _unruled_table([blocks[i].lines[0].text for i in run]):
            out.update(run)
        run, ruled = [], False
    return frozenset(out)


def _unruled_table(rows: list[str]) -> bool:
    """Rows of a table whose rule a copy left out (``组织建设 | 部分基层工会组织不够健全 |``):
    two rows or more, as many bars each, two cells of Chinese or more in every row, and a
    cell of text, not a menu's item, in one of them at least."""
    if len(rows) < 2 or len({row.strip().strip("|").count("|") for row in rows}) != 1:
        return False
    cells = [[without_spaces(c) for c in row.split("|") if c.strip()] for row in rows]
    if any(sum(any(is_cjk(ch) for ch in c) for c in row) < 2 for row in cells):
        return False
    return any(len(c) >= TABLE_TEXT_CELL_MIN for row in cells for c in row)


#: What parts the cells of a spaced table: two blanks or more, or ideographic blanks.
WIDE_GAP_RE = re.compile(r"(?:[ \t\u00a0]{2,}|\u3000+)")
#: Longest cell of a spaced table (characters without blanks), fewest cells of its rows,
#: fewest rows.
SPACED_CELL_MAX = 14
SPACED_CELLS_MIN = 3
SPACED_RUN_MIN = 3


def spaced_rows(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The blocks (indices) that are rows of a spaced table: runs of at least
    ``SPACED_RUN_MIN`` one-line blocks, none in ``skip``, each parted by wide blanks into
    at least as many short cells as the first but one (:data:`SPACED_CELLS_MIN` or more;
    a last column of names set apart by blanks parts more, a row with an empty cell, a
    winner's unit or post left blank, parts one fewer), none holding a sentence's
    punctuation. A header row (:func:`spaced_headers`) is none of them."""
    out: set[int] = set()
    run: list[int] = []
    width = 0
    for b in [*blocks, None]:
        cells = _spaced_cells(b) if b is not None and b.index not in skip else 0
        if cells and cells >= (width or cells) - 1:  # a cell may be empty, or part more
            run.append(b.index)  # type: ignore[union-attr]
            width = width or cells
            continue
        if len(run) >= SPACED_RUN_MIN:
            out.update(run[1:] if _header_row(blocks, run) else run)
        run, width = ([b.index], cells) if b is not None and cells else ([], 0)
    return frozenset(out)


def spaced_headers(blocks: list[Block], rows: frozenset[int]) -> frozenset[int]:
    """The header rows of spaced tables (``序号  姓名  性别  工作单位``): the first row
    of a table, no digit in it, over rows that each print one (a number, a term of
    office); ``rows`` are the page's :func:`spaced_rows`, found once. A header names the
    columns: no paragraph of the text."""
    return frozenset(
        i
        for i in range(len(blocks) - 1)
        if i not in rows and i + 1 in rows and _spaced_cells(blocks[i])
    )


def headless_tables(r: Reader, headers: frozenset[int]) -> None:
    """A spaced table's header (:func:`spaced_headers`) read as the headline of an
    article with no title over it (a table continued from the page before, its header
    printed again at the page's top) is no headline: a heading of the rows' text, the
    article headless. A header under its title is the title's (``title_over_list``)."""
    for draft in r.articles:
        head = draft.headline
        if head in headers and not {"kicker", "banner"} & set(draft.roles.values()):
            del draft.roles[head]
            draft.body = sorted([head, *draft.body])


def _header_row(blocks: list[Block], run: list[int]) -> bool:
    """The run's first row names its columns: no digit in it over rows that each print
    one, or a cell that heads the names' column (``姓名``, ``titles.yaml``'s
    ``roll_name_columns``: ``工种    姓名    单位`` over rows of a trade, a name, a unit)."""
    first, rest = run[0], run[1:]
    if not _has_digit(blocks[first].plain) and all(_has_digit(blocks[i].plain) for i in rest):
        return True
    cells = {without_spaces(c) for c in WIDE_GAP_RE.split(blocks[first].plain.strip())}
    return bool(cells & set(lexicon.words("titles.yaml", "roll_name_columns")))


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _spaced_cells(block: Block) -> int:
    """How many cells a one-line block's wide blanks part it into, or 0 when it is no
    row of a spaced table."""
    if len(block.lines) != 1:
        return 0
    cells = [c for c in WIDE_GAP_RE.split(block.plain.strip()) if c.strip()]
    if len(cells) < SPACED_CELLS_MIN or any(
        len(without_spaces(c)) > SPACED_CELL_MAX or any(ch in SENTENCE_MARKS for ch in c)
        for c in cells
    ):
        return 0
    return len(cells)
