"""Two columns interleaved by a text layer, read apart.

A PDF text layer of a two-column yearbook page gives, on each physical line, a line of
the left column, a gap, and the line of the right column beside it::

    【区总工会召开女职工工作会】 1   会议由区委常委、副区长王
    月9日，区总工会女职工委员会工作   晓峰主持。区总工会主席

Read across, every line is nonsense. The evidence that a run of lines is two columns:
on four or more consecutive lines the right-hand text starts at the same display
column after a blank (within two columns), the left-hand text fills its column up to
the gap on most of them, and the right-hand pieces are text, not single cells of a
table. Or, where the columns were not padded to a common edge: on three or more
consecutive lines one wide gap (three blanks, two ideographic spaces, a tab) and only
one parts two pieces of Chinese text. With that evidence the run is read column by
column (:mod:`column_reading`): every left piece, then every right piece (a left column
may run a line or two longer). Each seam between pieces that were not printed next to
each other becomes a ``column_deinterleaved`` repair of the paragraph that holds it, so
the page order can always be restored.
Without it the lines are read as printed, and a line whose text is parted by a wide gap
(``suspect_columns``) is flagged: its paragraph gets a garbled run (signal
``interleaved``), so that nothing read from it passes for certain.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from gonghui_build.layout.lines import (
    Line,
    physical_lines,
    trimmed,
    width,
)
from gonghui_build.text.chars import cjk_count

#: How far (display columns) the right column's first character may stray.
COLUMN_TOLERANCE = 2
#: Fewest consecutive lines that show the two columns.
MIN_LINES = 4
#: Most lines of one run (a printed page's columns are far shorter): a longer stretch of
#: aligned lines is read as consecutive runs, and no stretch is scanned twice over.
RUN_LINES_MAX = 400
#: Most places a line of a column run may show text after a blank (a menu shows many).
MAX_GAPS = 2
#: Narrowest left column (display columns): eight Chinese characters.
MIN_COLUMN = 16
#: How close to the gap a left piece must reach to fill its column.
FILL_SLACK = 6
#: Share of left pieces that must fill their column.
FILL_SHARE = 0.7
#: Least mean length (characters) of the right-hand pieces.
MIN_RIGHT_CHARS = 4
#: Fewest consecutive lines parted by one wide gap, and least Chinese on either side
#: (to open a run, and once it is open).
GAP_LINES = 3
GAP_PIECE_MIN = 4
GAP_PIECE_CONTINUE = 2
#: Most lines between two lines parted by the gap that a run goes on over.
BRIDGE_LINES = 2


_GAP_RE = re.compile(r"[\s\u200b\ufeff]+(?=[^\s\u200b\ufeff])")


class _Physical:
    """A physical line: where text starts again after a blank, by display column."""

    def __init__(self, text: str, start: int, end: int):
        self.start, self.end = start, end
        self.gaps: dict[int, int] = {}  # display column → page offset of text after a blank
        self._text = text
        column, pos = 0, start
        for gap in _GAP_RE.finditer(text, start, end):
            if gap.start() == start:
                continue  # the blanks before the line's text
            column += _columns(text[pos : gap.end()])
            pos = gap.end()
            self.gaps[column] = pos

    @functools.cached_property
    def text_width(self) -> int:
        """Display width of the line up to its last character."""
        right = trimmed(self._text, self.start, self.end)[1]
        return _columns(self._text[self.start : right])


def _columns(text: str) -> int:
    """Display width, a tab taking four columns."""
    return width(text.replace("\t", "    "))


def _gap_near(line: _Physical, column: int) -> int | None:
    for c in range(column - COLUMN_TOLERANCE, column + COLUMN_TOLERANCE + 1):
        if c in line.gaps:
            return line.gaps[c]
    return None


@dataclass(frozen=True)
class ColumnRun:
    """Physical lines ``first..last`` (indices) read as two columns split at ``splits``."""

    first: int
    last: int
    splits: tuple[int | None, ...]  # page offset where the right piece starts, per line


def _run_at(text: str, lines: list[_Physical], first: int, column: int) -> ColumnRun | None:
    splits: list[int | None] = []
    k = first
    while k < len(lines) and lines[k].end > lines[k].start and len(splits) < RUN_LINES_MAX:
        gap = _gap_near(lines[k], column)
        if gap is None or len(lines[k].gaps) > MAX_GAPS:
            break
        splits.append(gap)
        k += 1
    if len(splits) < MIN_LINES:
        return None
    edge = min(column, _left_edge(text, lines, first, splits))
    # a left column may run on a few lines below the right one, filling it up to its edge
    # (its last line may end short: the column goes on at the top of the next one)
    while k < len(lines) and len(splits) < RUN_LINES_MAX:
        line = lines[k]
        if line.gaps or not 0 < line.text_width <= edge + COLUMN_TOLERANCE:
            break
        splits.append(None)
        k += 1
        if line.text_width < edge - FILL_SLACK:
            break
    return ColumnRun(first, first + len(splits) - 1, tuple(splits))


def _left_edge(text: str, lines: list[_Physical], first: int, splits: list[int | None]) -> int:
    """Where the left column's text ends: the widest of its pieces."""
    widths = [
        width(text[lines[k].start : trimmed(text, lines[k].start, split)[1]])
        for k, split in zip(range(first, first + len(splits)), splits, strict=True)
        if split is not None
    ]
    return max(widths, default=0)


def _strong(text: str, lines: list[_Physical], run: ColumnRun, column: int) -> bool:
    """The evidence that ``run`` is two columns: left pieces fill (up to the gap, or up to
    the left column's own edge when they are prose), right pieces are text, and the left
    pieces are no rows of table cells (``工种    姓名`` beside ``单位``: a wide gap inside
    most left pieces parts a table's columns, one line of a column holds none)."""
    filled = own = prose = rights = right_chars = cells = 0
    edge = _left_edge(text, lines, run.first, list(run.splits))
    for k, split in zip(range(run.first, run.last + 1), run.splits, strict=True):
        if split is None:
            continue
        line = lines[k]
        left_start, left_end = trimmed(text, line.start, split)
        left_width = width(text[line.start : left_end])
        filled += left_width >= column - FILL_SLACK
        own += left_width >= edge - FILL_SLACK
        prose += any(p in text[line.start : left_end] for p in "，、。；")
        cells += bool(_WIDE_GAP_RE.search(text, left_start, left_end))
        r_start, r_end = trimmed(text, split, line.end)
        rights += 1
        right_chars += r_end - r_start
    fills = filled >= FILL_SHARE * rights or (
        edge >= MIN_COLUMN and own >= FILL_SHARE * rights and 2 * prose >= rights
    )
    return fills and right_chars >= MIN_RIGHT_CHARS * rights and 2 * cells <= rights


_WIDE_GAP_RE = re.compile(r"(?:[ \u00a0]{3,}|\u3000{2,}|\t+)")


def _wide_gap(text: str, start: int, end: int, least: int = GAP_PIECE_MIN) -> int | None:
    """Offset of the text after the line's one wide gap between two pieces of Chinese."""
    left, right = trimmed(text, start, end)
    gaps = list(_WIDE_GAP_RE.finditer(text, left, right))
    if len(gaps) != 1:
        return None
    before, after = text[left : gaps[0].start()], text[gaps[0].end() : right]
    if cjk_count(before) < least or cjk_count(after) < least:
        return None
    return gaps[0].end()


def _gap_run(text: str, lines: list[_Physical], first: int) -> ColumnRun | None:
    """Three or more lines parted by one wide gap (a line's pieces may be short once the
    run is open: a paragraph's last words), then lines of the right column alone, set off
    by a wide indent. Once open, the run goes on over a blank line or a line of one
    column alone when a line parted by the gap follows (a paragraph ends in one column
    while the other runs on)."""
    splits: list[int | None] = []
    k = first
    while k < len(lines):
        least = GAP_PIECE_MIN if len(splits) < GAP_LINES else GAP_PIECE_CONTINUE
        gap = _wide_gap(text, lines[k].start, lines[k].end, least)
        if gap is None:
            bridge = _bridge(text, lines, k, splits) if len(splits) >= GAP_LINES else []
            if not bridge:
                break
            splits += bridge
            k += len(bridge)
            continue
        splits.append(gap)
        k += 1
    if len(splits) < GAP_LINES:
        return None
    while k < len(lines) and _right_alone(text, lines[k]):
        splits.append(trimmed(text, lines[k].start, lines[k].end)[0])
        k += 1
    return ColumnRun(first, first + len(splits) - 1, tuple(splits))


def _bridge(
    text: str, lines: list[_Physical], k: int, splits: list[int | None]
) -> list[int | None]:
    """The splits of the lines from ``k`` up to the next line parted by the run's gap
    (at most ``BRIDGE_LINES`` of them, each blank or one column's text alone), or none
    when no such line follows."""
    gap_columns = [
        _columns(text[line.start : split])
        for line, split in zip(lines[k - len(splits) : k], splits, strict=True)
        if split is not None and split > line.start
    ]
    narrowest = min(gap_columns, default=0)
    bridge: list[int | None] = []
    for line in lines[k : k + BRIDGE_LINES + 1]:
        if _wide_gap(text, line.start, line.end, GAP_PIECE_CONTINUE) is not None:
            return bridge
        start, end = trimmed(text, line.start, line.end)
        if end == start or (not line.gaps and line.text_width < narrowest):
            bridge.append(None)  # a blank line, or the left column's text alone
        elif _right_alone(text, line) and _columns(text[line.start : start]) >= narrowest - 2:
            bridge.append(start)
        else:
            return []
    return []


def _right_alone(text: str, line: _Physical) -> bool:
    """A line of the right column with nothing beside it: indented past a left column."""
    start, end = trimmed(text, line.start, line.end)
    indent = _columns(text[line.start : start])
    return end > start and not line.gaps and indent >= MIN_COLUMN and cjk_count(text[start:end]) > 0


def find_column_runs(text: str) -> list[ColumnRun]:
    """Runs of physical lines printed as two columns side by side, with strong evidence."""
    spans = physical_lines(text)
    lines = [_Physical(text, s, e) for s, e in spans]
    runs: list[ColumnRun] = []
    k = 0
    while k < len(lines):
        if not lines[k].gaps:  # a run starts on a line with text after a blank
            k += 1
            continue
        candidates: list[ColumnRun] = []
        columns = Counter(
            c
            for line in lines[k : k + MIN_LINES]
            for c in line.gaps
            if c >= MIN_COLUMN and line.text_width > c
        )
        for column, _ in columns.most_common():
            run = _run_at(text, lines, k, column)
            if run is not None and _strong(text, lines, run, column):
                candidates.append(run)
        gap_run = _gap_run(text, lines, k)
        candidates += [gap_run] if gap_run else []
        if candidates:
            best = max(candidates, key=lambda run: run.last)
            runs.append(best)
            k = best.last + 1
        else:
            k += 1
    return runs


def suspect_columns(lines: list[Line], rows_apart: bool = False) -> list[tuple[int, int]]:
    """Spans of lines read as printed whose text a wide gap parts in two pieces of
    Chinese: perhaps two columns side by side, without the evidence to read them apart
    (in page order). With ``rows_apart``, a line parted in three pieces or more is left
    unflagged: a table's row, its cells read across (:func:`_strong`), no two columns (its
    shape still reads it as parted text, no display line)."""
    out = []
    for line in lines:
        if line.column or (rows_apart and len(_WIDE_GAP_RE.findall(line.text.strip())) > 1):
            continue
        for gap in _WIDE_GAP_RE.finditer(line.text):
            before, after = line.text[: gap.start()], line.text[gap.end() :]
            if cjk_count(before) >= GAP_PIECE_MIN and cjk_count(after) >= GAP_PIECE_MIN:
                out.append((line.start, line.end))
                break
    return sorted(out)
