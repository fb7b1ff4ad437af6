"""Tables of a body's officers over its terms, printed under a row of column heads: the
name's, the post's and the term's columns (``姓 名 职 务 任职时间`` over ``某某 主 席
1955.3～1960.1``), or the posts themselves heading the columns (``届次 时间 主席 副主席``
over ``第三次 1963.11 某甲 某乙``). Gazetteers and archives print their union sections'
officers so. Neither the title chains (a title before the name) nor the roster lines (a
body after the name) read such a row: the post is in its own cell, or in the head of the
column the name stands in, and the body is the one the table lists
(``article._roll_of``). Cells are set apart by spaces; a one-character cell run with
others (``主 席``, ``崔 义``) is a word the print spaced out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_notes import BRACKETED_NOTE
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name, split_name
from gonghui_build.vocabulary import MentionSource

#: A cell: a run of characters set apart by spaces (full-width and tabs too), or a
#: term's dates, which the page's reading may have run on to the cell before them
#: (主任1950.11～1951.6: the space lost between a word and a number).
_CELL = re.compile(r"[\d.．～~—\-－]+|[^\s\u3000\d.．～~—\-－]+")
#: What a row of heads never holds: digits and the punctuation of running text.
_NOT_HEADS = re.compile(r"[\d。，；：:,;！？]")
#: Confidence of a name a roll table's cells delimit.
_CONFIDENCE = 0.85


@dataclass(frozen=True)
class RollHeads:
    """The heads of a roll table's columns, in order: ``name`` and ``post`` are the
    indexes of the name's and the post's columns, ``posts`` the index of the first
    column a post heads (None when none does)."""

    heads: tuple[str, ...]
    name: int | None
    post: int | None
    posts: int | None


def _head_at(text: str, at: int) -> str | None:
    """The column head ``text`` has at ``at``: a head that names no post, else a title
    (主席, 副主席) read whole."""
    for key in ("roll_name_columns", "roll_post_columns", "roll_other_columns"):
        found = lexicon.words("titles.yaml", key).starting(text, at)
        if found:
            return found
    title = lexicon.titles().regex.match(text, at)
    return title.group(0) if title else None


def column_heads(text: str, head_at: Callable[[str, int], str | None]) -> list[str] | None:
    """``text``, its blanks taken out, read as a row of column heads one after another,
    each the one ``head_at`` finds where the one before ends; None when a stretch is no
    head."""
    joined = "".join(text.split())
    heads: list[str] = []
    at = 0
    while at < len(joined):
        head = head_at(joined, at)
        if head is None:
            return None
        heads.append(head)
        at += len(head)
    return heads


def roll_heads(text: str) -> RollHeads | None:
    """The heads of a roll table when ``text`` is its row of column heads: heads only,
    one of them a term's (时间, 届次), and the name's and the post's columns or columns a
    post heads."""
    if _NOT_HEADS.search(text):
        return None
    heads = column_heads(text, _head_at)
    if heads is None:
        return None
    other = lexicon.words("titles.yaml", "roll_other_columns")
    names, posts = (
        lexicon.words("titles.yaml", k) for k in ("roll_name_columns", "roll_post_columns")
    )
    name = next((k for k, h in enumerate(heads) if h in names), None)
    post = next((k for k, h in enumerate(heads) if h in posts), None)
    titled = next(
        (k for k, h in enumerate(heads) if h not in other and h not in names and h not in posts),
        None,
    )
    if not any(h in other for h in heads) or not (
        (name is not None and post is not None) or titled is not None
    ):
        return None
    return RollHeads(tuple(heads), name, post, titled if name is None else None)


@dataclass(frozen=True)
class RowCell:
    text: str  # its characters, the spaces of a spaced-out word and notes removed
    start: int
    end: int  # where its characters end, before a note


def _bare(run: str) -> str:
    return BRACKETED_NOTE.sub("", run)


def _spaced_out(run: str) -> bool:
    return len(_bare(run)) == 1 and is_cjk(_bare(run))


def _runs(text: str, breaks: frozenset[int]) -> list[tuple[str, int]]:
    """The row's runs of characters and where each starts, split where the page printed
    a space the reading took out (``breaks``: 第一次1952.6彭德兴王春林 as printed with
    its cells spaced)."""
    runs: list[tuple[str, int]] = []
    for m in _CELL.finditer(text):
        cuts = [m.start(), *sorted(b for b in breaks if m.start() < b < m.end()), m.end()]
        runs.extend((text[a:b], a) for a, b in itertools.pairwise(cuts))
    return runs


def row_cells(text: str, breaks: frozenset[int]) -> list[RowCell]:
    """The row's cells, a word spaced out one character a run (主 席) one cell."""
    runs = _runs(text, breaks)
    cells: list[RowCell] = []
    k = 0
    while k < len(runs):
        j = k
        while _spaced_out(runs[k][0]) and j + 1 < len(runs) and _spaced_out(runs[j + 1][0]):
            j += 1
        last, at = runs[j]
        word = "".join(_bare(r) for r, _ in runs[k : j + 1])
        cells.append(RowCell(word, runs[k][1], at + len(BRACKETED_NOTE.split(last)[0])))
        k = j + 1
    return cells


def _is_name(word: str) -> bool:
    return 2 <= len(word) <= 4 and (
        split_name(word) is not None or is_plausible_name(word, strong_context=True)
    )


def _hit(name: RowCell, title: str, start: int, end: int) -> NameHit:
    claim = TitleClaim(title, title, None, None, start, end)
    return NameHit(
        name.text, name.start, name.end, MentionSource.name_before_title, _CONFIDENCE, (claim,)
    )


def roll_row_hits(
    text: str, heads: RollHeads, breaks: frozenset[int] = frozenset()
) -> list[NameHit]:
    """The people of a roll table's row under ``heads``, each with the post its row
    states, of no body (the table's body is read by the caller): the post's cell
    (某某 主 席 1955.3～), or the head of the column the name stands in (第三次 1963.11
    某甲 某乙: 主席 某甲, 副主席 某乙; names past the last column are the last post's,
    the deputies a row lists). ``breaks``: where the page printed spaces the reading
    took out."""
    cells = row_cells(text, breaks)
    if heads.posts is None:
        if heads.name is None or heads.post is None or len(cells) != len(heads.heads):
            return []
        name, post = cells[heads.name], cells[heads.post]
        if not (_is_name(name.text) and lexicon.titles().regex.fullmatch(post.text)):
            return []
        return [_hit(name, post.text, min(name.start, post.start), max(name.end, post.end))]
    lead = cells[: heads.posts]
    if len(lead) < heads.posts or not any(c.isdigit() for cell in lead for c in cell.text):
        return []  # the term's cells before the names print its date
    last = len(heads.heads) - 1
    return [
        _hit(c, heads.heads[min(k, last)], c.start, c.end)
        for k, c in enumerate(cells[heads.posts :], start=heads.posts)
        if _is_name(c.text)
    ]


def held_at_roll(hit: NameHit, union: OrgSpan | None) -> NameHit:
    """A roll's row (主 席 某某 1980.3—): its posts of no body held at the roll's union."""
    if union is None or not hit.claims or any(c.org_written for c in hit.claims):
        return hit
    claims = tuple(
        replace(c, org_written=union.written, org_offset=union.start) for c in hit.claims
    )
    return replace(hit, claims=claims)
