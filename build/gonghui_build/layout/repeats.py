"""Text printed twice: a web page rendered twice, a paragraph pasted again.

A run of blocks that repeats an earlier run exactly (whitespace aside), holding at least
one paragraph of running text, is a repeat: the page gives one article, and each block
of the second copy is kept as a ``repeat`` paragraph of the article its twin belongs to
(kept and covered, never dropped, never read twice for facts). Furniture inside the
copy stays furniture.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Least running text (characters) a repeated run must hold.
REPEAT_MIN_CHARS = 30


def _run_length(keys: list[str], i: int, j: int) -> int:
    n = 0
    while j + n < len(keys) and i + n < j and keys[i + n] == keys[j + n]:
        n += 1
    return n


def find_repeats(blocks: list[Block], shapes: list[Shape]) -> dict[int, int]:
    """Blocks of a second copy → the block of the first copy they repeat."""
    keys = [without_spaces(b.plain) for b in blocks]
    twins: dict[int, int] = {}
    j = 1
    while j < len(blocks):
        best = (0, -1)
        for i in range(j):
            if i in twins or keys[i] != keys[j]:
                continue
            n = _run_length(keys, i, j)
            body = sum(
                len(keys[j + k])
                for k in range(n)
                if shapes[j + k] in (Shape.BODY, Shape.DATELINE, Shape.ITEM)
            )
            if body >= REPEAT_MIN_CHARS and n > best[0]:
                best = (n, i)
        n, i = best
        if n:
            for k in range(n):
                if shapes[j + k] is not Shape.FURNITURE:
                    twins[j + k] = i + k
            j += n
        else:
            j += 1
    return twins
