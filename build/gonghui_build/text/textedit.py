"""Reversible text edits that remember where every character came from.

A paragraph starts as its original text: the page spans it was assembled from, joined by
a newline. Repairs edit *cells* (one per original character); a cell's text may become
empty (a removed space) or longer (``一`` → ``——``). At the end, consecutive edited cells
of one kind become one recorded repair, and every cleaned character keeps the page offset
of the character it came from. Undoing the repairs gives back the original exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Cell:
    before: str
    page_start: int
    page_end: int
    text: str
    kind: str | None = None


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
class Cleaned:
    text: str
    original: str
    to_page: tuple[int, ...]  # page offset of every character of `text`
    edits: tuple[Edit, ...]

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        """Page span of ``text[start:end]``."""
        if end <= start:
            raise ValueError("empty span")
        return self.to_page[start], self.to_page[end - 1] + 1


class Draft:
    """A paragraph being repaired."""

    def __init__(self, page_text: str, pieces: list[tuple[int, int]], join_kinds: list[str]):
        if len(join_kinds) != len(pieces) - 1:
            raise ValueError("one join kind per boundary between pieces")
        self.cells: list[Cell] = []
        for n, (start, end) in enumerate(pieces):
            if n:
                prev_end = pieces[n - 1][1]
                low, high = sorted((prev_end, start))
                self.cells.append(Cell("\n", low, high, "", join_kinds[n - 1]))
            for offset in range(start, end):
                ch = page_text[offset]
                self.cells.append(Cell(ch, offset, offset + 1, ch))

    # -- reading ------------------------------------------------------------------------

    @property
    def original(self) -> str:
        return "".join(c.before for c in self.cells)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.cells)

    def live(self) -> list[int]:
        """Indices of cells that still hold text."""
        return [i for i, c in enumerate(self.cells) if c.text]

    def neighbours(self, i: int) -> tuple[str, str]:
        """Last character before cell ``i`` and first after it, skipping empty cells."""
        left = next((c.text[-1] for c in reversed(self.cells[:i]) if c.text), "")
        right = next((c.text[0] for c in self.cells[i + 1 :] if c.text), "")
        return left, right

    def runs(self, predicate) -> Iterator[list[int]]:
        """Maximal runs of consecutive live cells whose text satisfies ``predicate``."""
        run: list[int] = []
        for i, cell in enumerate(self.cells):
            if not cell.text:
                continue
            if predicate(cell.text):
                run.append(i)
            elif run:
                yield run
                run = []
        if run:
            yield run

    # -- editing ------------------------------------------------------------------------

    def replace(self, i: int, text: str, kind: str) -> None:
        cell = self.cells[i]
        if cell.text == text:
            return
        cell.text = text
        cell.kind = kind

    def remove(self, indices: list[int], kind: str) -> None:
        for i in indices:
            self.replace(i, "", kind)

    # -- result -------------------------------------------------------------------------

    def finish(self) -> Cleaned:
        edits: list[Edit] = []
        to_page: list[int] = []
        pos = 0
        group: list[Cell] = []
        group_start = 0

        def flush() -> None:
            if not group:
                return
            after = "".join(c.text for c in group)
            edits.append(
                Edit(
                    kind=group[0].kind or "",
                    text_start=group_start,
                    text_end=group_start + len(after),
                    page_start=min(c.page_start for c in group),
                    page_end=max(c.page_end for c in group),
                    before="".join(c.before for c in group),
                    after=after,
                )
            )
            group.clear()

        for cell in self.cells:
            if cell.kind is not None:
                if group and group[-1].kind != cell.kind:
                    flush()
                if not group:
                    group_start = pos
                group.append(cell)
            else:
                flush()
            to_page.extend([cell.page_start] * len(cell.text))
            pos += len(cell.text)
        flush()
        return Cleaned(
            text=self.text, original=self.original, to_page=tuple(to_page), edits=tuple(edits)
        )


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
