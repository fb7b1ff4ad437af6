"""Tables of people under a row of column heads that names the name's column (``序号
姓名 单位``, ``奖项 姓名 工作单位 工种``): each row under it prints a person's name in
that column, whatever the name means as a word.

Skills contests' lists of winners, honour notices and lists of delegates print such
tables; the layout keeps the head row as a heading and each row as a paragraph whose
cells the page set apart by blanks (:mod:`gonghui_build.layout.tables`). A row that
prints a unit and a post is a roster line (:mod:`.rosters`); a row of a unit alone, or
of a rank, is read by no rule, and the model misses a name that is a word (高峰, 周密:
a peak, careful) or whose given name is one (王|海洋, the sea). The head row is the
signal such a name needs: the cell under ``姓名`` is a name when it is name-shaped (a
surname first, or a transcribed name), no post and no frequent word. Read on invented
tables in the shape of union sites' award tables (s41, people26).
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.post_phrases import is_post
from gonghui_build.extract.people.roll_tables import column_heads, row_cells
from gonghui_build.extract.people.roster_names import FILLED_WORD_MAX_FREQ
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_transliterated, split_name
from gonghui_build.vocabulary import MentionSource

#: The lists whose words head a table of people's columns (``titles.yaml``).
_HEAD_LISTS = ("roll_name_columns", "roll_post_columns", "roll_other_columns", "name_table_columns")
#: Confidence of a name a table's name column delimits.
_CONFIDENCE = 0.85


def _head_at(text: str, at: int) -> str | None:
    """The longest column head at ``text[at:]``, of any of :data:`_HEAD_LISTS`."""
    found = (lexicon.words("titles.yaml", key).starting(text, at) for key in _HEAD_LISTS)
    return max((h for h in found if h), key=len, default=None)


def name_column(text: str) -> tuple[int, int] | None:
    """The index of the name's column and the number of columns when ``text`` is a row
    of column heads only, one of them the name's (``序号姓名单位``: 1 of 3); else None."""
    heads = column_heads(text, _head_at)
    if heads is None:
        return None
    names = lexicon.words("titles.yaml", "roll_name_columns")
    index = next((k for k, h in enumerate(heads) if h in names), None)
    return (index, len(heads)) if index is not None and len(heads) >= 2 else None


def is_name_cell(word: str) -> bool:
    """A name-shaped cell: a surname and one to three characters, no post (班长) and no
    frequent word (代表, 同志: :data:`FILLED_WORD_MAX_FREQ`), or a transcribed name."""
    if is_transliterated(word):
        return True
    if not 2 <= len(word) <= 4 or not all(is_cjk(c) for c in word) or split_name(word) is None:
        return False
    return not is_post(word) and tokenizer.frequency(word) < FILLED_WORD_MAX_FREQ


def _row_name(text: str, column: tuple[int, int], breaks: frozenset[int]) -> NameHit | None:
    """The name in the name's column of a row of as many cells as the heads, or one
    fewer (a unit or a post left blank) when the name's column is not the last."""
    index, width = column
    cells = row_cells(text, breaks)
    if not (len(cells) == width or (len(cells) == width - 1 and index < width - 1)):
        return None
    cell = cells[index]
    if not is_name_cell(cell.text) or text[cell.start : cell.end] != cell.text:
        return None
    return NameHit(cell.text, cell.start, cell.end, MentionSource.name_before_title, _CONFIDENCE)


def column_names(
    paragraphs: Sequence[Paragraph], breaks: dict[int, frozenset[int]]
) -> dict[int, NameHit]:
    """The name each row of a table of people prints in its name's column, by the row's
    paragraph (``seq``): the rows right under a row of heads naming that column, until a
    paragraph that is no such row."""
    out: dict[int, NameHit] = {}
    column: tuple[int, int] | None = None
    for p in paragraphs:
        heads = name_column(p.text)
        if heads is not None:
            column = heads
            continue
        hit = _row_name(p.text, column, breaks.get(p.seq, frozenset())) if column else None
        if hit is None:
            column = None
            continue
        out[p.seq] = hit
    return out
