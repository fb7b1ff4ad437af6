"""The lines of a page's text in reading order: two columns a text layer interleaved,
side by side (:mod:`interleave` finds them) or on alternate lines (:mod:`alternate`),
read column by column, every seam between pieces not printed next to each other marked
so the page order can be restored. Kept apart from the finding of the columns, whose
evidence is its own job."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from gonghui_build.layout.alternate import find_alternating_runs
from gonghui_build.layout.end_credits import end_credit_start
from gonghui_build.layout.interleave import ColumnRun, find_column_runs
from gonghui_build.layout.lines import (
    Line,
    inline_paragraphs,
    is_blank,
    physical_lines,
    split_lines,
    trimmed,
    width,
)
from gonghui_build.text.chars import ends_sentence

#: How much wider (display columns) than the left column's widest piece a line after the
#: run may be and still be read as that column's tail.
TAIL_SLACK = 4
#: How far short of the left column's width (display columns) a line of it may end and
#: still fill it (a paragraph's last line ends shorter).
FILLED_SLACK = 4


def _closed(text: str) -> bool:
    """A column's last piece ends its text: a sentence, or a credit after one."""
    return ends_sentence(text) or end_credit_start(text) is not None


def left_tail(lefts: list[Line], rights: list[Line], after: Iterable[Line]) -> list[Line]:
    """The lines of ``after`` that go on with the left column of a two-column run: a
    text layer prints the rows of both columns side by side while both last, then the
    longer left column's lines alone. Read so when the left column stops mid-sentence
    and the right one closes (a sentence, a credit): the lines up to the end of the
    left column's paragraph (a sentence's end short of the column's width), none wider
    than the column and none after a blank line; none when no sentence ends there."""
    if not lefts or not rights or ends_sentence(lefts[-1].text) or not _closed(rights[-1].text):
        return []
    column = max(width(x.text) for x in lefts)
    taken: list[Line] = []
    for line in after:
        if line.blank_before or width(line.text) > column + TAIL_SLACK:
            break
        taken.append(line)
        if ends_sentence(line.text) and width(line.text) < column - FILLED_SLACK:
            break
    return taken if taken and ends_sentence(taken[-1].text) else []


def _pieces(
    text: str, run: ColumnRun, spans: list[tuple[int, int]], n: int, after: Iterable[Line]
) -> tuple[list[Line], set[int]]:
    """The left pieces of the ``n``-th run, the lines of ``after`` (the page's lines
    after the run) that go on with its left column (:func:`left_tail`), then its right
    pieces; and the starts of the lines of ``after`` taken."""
    lefts: list[Line] = []
    rights: list[Line] = []
    for k, split in zip(range(run.first, run.last + 1), run.splits, strict=True):
        start, end = spans[k]
        l_start, l_end = trimmed(text, start, split if split is not None else end)
        if l_end > l_start:
            lefts.append(Line(l_start, l_end, text[l_start:l_end], column=2 * n + 1))
        if split is not None:
            r_start, r_end = trimmed(text, split, end)
            if r_end > r_start:
                rights.append(Line(r_start, r_end, text[r_start:r_end], column=2 * n + 2))
    tail = [replace(line, column=2 * n + 1) for line in left_tail(lefts, rights, after)]
    return lefts + tail + rights, {line.start for line in tail}


def mark_seams(text: str, lines: list[Line]) -> list[Line]:
    """Flag every line not printed right after the line read before it."""
    out: list[Line] = []
    for line in lines:
        if out:
            prev = out[-1]
            between = text[prev.end : line.start] if line.start >= prev.end else "x"
            seam = any(not is_blank(ch) for ch in between)
            line = replace(line, seam=seam)
        out.append(line)
    return out


def reading_order(text: str) -> list[Line]:
    """The lines of ``text`` in reading order: two columns side by side, or on alternate
    lines (:mod:`alternate`), read column by column."""
    runs = find_column_runs(text)
    spans = physical_lines(text)
    in_run = {k: (n, run) for n, run in enumerate(runs) for k in range(run.first, run.last + 1)}
    alternating = find_alternating_runs(text, spans, set(in_run))
    if not runs and not alternating:
        return [piece for line in split_lines(text) for piece in inline_paragraphs(line)]
    in_alternating = {
        k: (len(runs) + n, first, last)
        for n, (first, last) in enumerate(alternating)
        for k in range(first, last + 1)
    }
    ordered: list[Line] = []
    plain = {line.start: line for line in split_lines(text)}
    taken: set[int] = set()

    def after(last: int) -> Iterator[Line]:
        """The page's lines after physical line ``last``, up to the next run."""
        for k in range(last + 1, len(spans)):
            if k in in_run or k in in_alternating:
                return
            if (line := plain.get(trimmed(text, *spans[k])[0])) is not None:
                yield line

    for k, (start, end) in enumerate(spans):
        if k in in_run:
            n, run = in_run[k]
            if k == run.first:
                pieces, tail = _pieces(text, run, spans, n, after(run.last))
                ordered.extend(pieces)
                taken |= tail
            continue
        left, _ = trimmed(text, start, end)
        if left in taken:
            continue
        if k in in_alternating:
            n, first, last = in_alternating[k]
            if k == first:
                ordered.extend(_alternate_pieces(text, spans, first, last, n, plain))
            continue
        if left in plain:
            ordered.extend(inline_paragraphs(plain[left]))
    return mark_seams(text, ordered)


def _alternate_pieces(
    text: str, spans: list[tuple[int, int]], first: int, last: int, n: int, plain: dict
) -> list[Line]:
    """The lines of the ``n``-th run printed on alternate lines: the even ones (the first
    column), then the odd ones."""
    lines = [plain[trimmed(text, *spans[k])[0]] for k in range(first, last + 1)]
    return [replace(line, column=2 * n + 1) for line in lines[::2]] + [
        replace(line, column=2 * n + 2) for line in lines[1::2]
    ]
