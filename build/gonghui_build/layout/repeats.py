"""Text printed twice: a web page rendered twice, a paragraph pasted again.

A run of blocks that repeats an earlier run exactly (whitespace aside), holding at least
one paragraph of running text, is a repeat: the page gives one article, and each block
of the second copy is kept as a ``repeat`` paragraph of the article its twin belongs to
(kept and covered, never dropped, never read twice for facts). Furniture inside the
copy stays furniture.

A site's summary of the item printed again under its text is its opening paragraph
without the dateline (``某某网讯 近日，…`` above, ``近日，…`` below): a copy opening on a
dateline's paragraph is compared without the dateline too.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import dateline_prefix
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Least running text (characters) a repeated run must hold.
REPEAT_MIN_CHARS = 30
#: Most earlier blocks with the same text compared with a block (the nearest ones), and
#: the longest run compared: the work stays linear in the page, whatever it repeats.
CANDIDATES = 16
RUN_MAX = 2000


def _run_length(keys: list[str], bare: list[str], i: int, j: int) -> int:
    """How many blocks from ``j`` repeat those from ``i`` one for one, the second copy
    stopping short of the first's end (``RUN_MAX`` at most); a first block that repeats
    a dateline's paragraph without its dateline (``bare``: a web copy's summary) counts."""
    n = 1 if i < j and bare[i] == keys[j] else 0  # the summary under a dateline's text
    while j + n < len(keys) and i + n < j and n < RUN_MAX and keys[i + n] == keys[j + n]:
        n += 1
    return n


def find_repeats(blocks: list[Block], shapes: list[Shape]) -> dict[int, int]:
    """Blocks of a second copy → the block of the first copy they repeat."""
    keys = [without_spaces(b.plain) for b in blocks]
    bare = [_without_dateline(b.plain, s) for b, s in zip(blocks, shapes, strict=True)]
    texty = [
        len(k) if s in (Shape.BODY, Shape.DATELINE, Shape.ITEM) else 0
        for k, s in zip(keys, shapes, strict=True)
    ]
    seen: dict[str, list[int]] = {}
    twins: dict[int, int] = {}
    j = 0
    while j < len(blocks):
        best = (0, -1)
        for i in seen.get(keys[j], [])[-CANDIDATES:]:
            n = _run_length(keys, bare, i, j)
            if n > best[0] and sum(texty[j : j + n]) >= REPEAT_MIN_CHARS:
                best = (n, i)
        n, i = best
        for k in range(n):
            if shapes[j + k] is not Shape.FURNITURE:
                twins[j + k] = i + k
        for k in range(j, j + max(n, 1)):
            if k not in twins:  # a block of a second copy is no first copy
                seen.setdefault(keys[k], []).append(k)
                if bare[k] != keys[k]:
                    seen.setdefault(bare[k], []).append(k)
        j += max(n, 1)
    return twins


def _without_dateline(text: str, shape: Shape) -> str:
    """A dateline's paragraph without its dateline (the text a summary repeats); any
    other block's text as it is (whitespace aside)."""
    prefix = dateline_prefix(text) if shape is Shape.DATELINE else None
    return without_spaces(text[len(prefix) :] if prefix else text)
