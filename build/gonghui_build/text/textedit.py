"""Reversible text edits that remember where every character came from.

A paragraph starts as its original text: the page spans it was assembled from, joined by
a newline. Repairs edit *cells* (one per original character, addressed by its offset in
the original text); a cell's text may become empty (a removed space) or longer (``一`` →
``——``). Only edited cells are stored, so that repairing a paragraph costs what its
repairs cost, not what its length costs (a page of one 1 MB line, a 50 MB page). At the
end, consecutive edited cells of one kind become one recorded repair, and every cleaned
character keeps the page offset of the character it came from. Undoing the repairs gives
back the original exactly.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat


@dataclass(frozen=True)
class Edit:
    kind: str
    text_start: int
    text_end: int
    page_start: int
    page_end: int
    before: str
    after: str


@dataclass(frozen=True)
class PageOffsets:
    """The page offset of every character of a cleaned text, kept as runs
    ``(text_start, page_start, length, step)``: ``step`` 1 for text kept as printed
    (consecutive page offsets), 0 for the characters an edit put in place of one page
    character. Reads like a tuple of offsets (``len``, indexing, iteration)."""

    runs: tuple[tuple[int, int, int, int], ...]
    length: int

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, k: int) -> int:
        if k < 0:
            k += self.length
        if not 0 <= k < self.length:
            raise IndexError(k)
        text_start, page_start, _, step = self.runs[
            bisect_right(self.runs, k, key=lambda run: run[0]) - 1
        ]
        return page_start + step * (k - text_start)

    @functools.cached_property
    def jumps(self) -> frozenset[int]:
        """The offsets ``i`` (from 1) whose page offset is more than one past that of
        ``i - 1``: where the page printed something between two characters that the
        cleaning took out. Only a run's first character can be one (inside a run the
        offsets step by 1 or stay), so rules that look for such places read this instead
        of comparing the offsets of every two neighbours."""
        return frozenset(
            start
            for start, *_ in self.runs
            if 0 < start < self.length and self[start] - self[start - 1] > 1
        )

    def __iter__(self) -> Iterator[int]:
        for _, page_start, length, step in self.runs:
            yield from (
                range(page_start, page_start + length) if step else repeat(page_start, length)
            )

    def text_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and past-the-last offsets of the cleaned text whose characters come
        from page offsets ``start:end`` (None when none does)."""
        low = high = None
        for text_start, page_start, length, step in self.runs:
            if step:
                first = max(start, page_start) - page_start
                last = min(end, page_start + length) - page_start
                if first >= last:
                    continue
            elif start <= page_start < end:
                first, last = 0, length
            else:
                continue
            low = text_start + first if low is None else min(low, text_start + first)
            high = text_start + last if high is None else max(high, text_start + last)
        return None if low is None or high is None else (low, high)


@dataclass(frozen=True)
class Cleaned:
    text: str
    original: str
    to_page: PageOffsets  # page offset of every character of `text`
    edits: tuple[Edit, ...]

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        """Page span of ``text[start:end]``."""
        if end <= start:
            raise ValueError("empty span")
        return self.to_page[start], self.to_page[end - 1] + 1


class Draft:
    """A paragraph being repaired: its original text and the cells edited so far."""

    def __init__(self, page_text: str, pieces: list[tuple[int, int]], join_kinds: list[str]):
        if len(join_kinds) != len(pieces) - 1:
            raise ValueError("one join kind per boundary between pieces")
        self.original = "\n".join(page_text[s:e] for s, e in pieces)
        self._segments: list[tuple[int, int]] = []  # (original offset, page offset)
        self._joins: dict[int, tuple[int, int]] = {}  # joining newline → page span
        self.edits: dict[int, tuple[str, str]] = {}  # cell → (text, kind)
        pos = 0
        for n, (start, end) in enumerate(pieces):
            if n:
                self._joins[pos] = tuple(sorted((pieces[n - 1][1], start)))  # type: ignore[assignment]
                self.edits[pos] = ("", join_kinds[n - 1])
                pos += 1
            self._segments.append((pos, start))
            pos += end - start

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.original)

    def text_at(self, i: int) -> str:
        """The current text of cell ``i``."""
        edit = self.edits.get(i)
        return edit[0] if edit else self.original[i]

    def kind_at(self, i: int) -> str | None:
        edit = self.edits.get(i)
        return edit[1] if edit else None

    def live_left(self, i: int) -> str:
        """Last character before cell ``i``, skipping removed cells."""
        for j in range(i - 1, -1, -1):
            text = self.text_at(j)
            if text:
                return text[-1]
        return ""

    def live_right(self, i: int) -> str:
        """First character after cell ``i``, skipping removed cells."""
        for j in range(i + 1, len(self.original)):
            text = self.text_at(j)
            if text:
                return text[0]
        return ""

    @property
    def text(self) -> str:
        return self.text_before(len(self.original))

    def text_before(self, i: int) -> str:
        """The current text of the cells before cell ``i``."""
        out = []
        pos = 0
        for k in sorted(k for k in self.edits if k < i):
            out += [self.original[pos:k], self.edits[k][0]]
            pos = k + 1
        out.append(self.original[pos:i])
        return "".join(out)

    def page_span(self, i: int) -> tuple[int, int]:
        """Page span of cell ``i``: one character, or the gap a joining newline stands for."""
        if i in self._joins:
            return self._joins[i]
        start, page = self._segments[bisect_right(self._segments, i, key=_first) - 1]
        return page + i - start, page + i - start + 1

    # -- editing ------------------------------------------------------------------------

    def replace(self, i: int, text: str, kind: str) -> None:
        if self.text_at(i) == text:
            return
        self.edits[i] = (text, kind)

    def remove(self, indices, kind: str) -> None:
        for i in indices:
            self.replace(i, "", kind)

    # -- result -------------------------------------------------------------------------

    def finish(self) -> Cleaned:
        """The repaired text, its page offsets and its edits: consecutive edited cells of
        one kind make one edit."""
        text: list[str] = []
        runs: list[tuple[int, int, int, int]] = []
        edits: list[Edit] = []
        group: list[tuple[int, int, int]] = []  # (cell, page start, page end) of one edit
        text_pos = pos = group_start = 0

        def flush() -> None:
            if group:
                after = "".join(self.edits[k][0] for k, _, _ in group)
                edits.append(
                    Edit(
                        kind=self.edits[group[0][0]][1],
                        text_start=group_start,
                        text_end=group_start + len(after),
                        page_start=min(s for _, s, _ in group),
                        page_end=max(e for _, _, e in group),
                        before="".join(self.original[k] for k, _, _ in group),
                        after=after,
                    )
                )
                group.clear()

        for k in [*sorted(self.edits), len(self.original)]:
            if k > pos:  # cells kept as printed, within one piece
                flush()
                runs.append((text_pos, self.page_span(pos)[0], k - pos, 1))
                text.append(self.original[pos:k])
                text_pos += k - pos
            if k == len(self.original):
                break
            after, kind = self.edits[k]
            if group and (group[-1][0] != k - 1 or self.edits[group[-1][0]][1] != kind):
                flush()
            if not group:
                group_start = text_pos
            page_start, page_end = self.page_span(k)
            group.append((k, page_start, page_end))
            if after:
                runs.append((text_pos, page_start, len(after), 0))
                text.append(after)
                text_pos += len(after)
            pos = k + 1
        flush()
        return Cleaned(
            text="".join(text),
            original=self.original,
            to_page=PageOffsets(tuple(runs), text_pos),
            edits=tuple(edits),
        )


def _first(pair: tuple[int, int]) -> int:
    return pair[0]


def undo(text: str, edits: list[Edit] | tuple[Edit, ...]) -> str:
    """The original text, from the cleaned text and its edits."""
    out = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.text_start, e.text_end)):
        out.append(text[pos : edit.text_start])
        if text[edit.text_start : edit.text_end] != edit.after:
            raise ValueError(f"edit {edit} does not match the text")
        out.append(edit.before)
        pos = edit.text_end
    out.append(text[pos:])
    return "".join(out)
