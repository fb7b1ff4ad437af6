"""Titles printed before their article: a printed page's headline index, a web page's title.

The top of a printed page lists the titles of its items; a web copy prints its title in
the browser bar or the site header, then again above the text. A display line whose text
is printed again lower on the page as a display line is the earlier copy: furniture. The
display lines around it in the same run (the index's other titles, whose items may not
print their headline again) are furniture too. The later copy, above the item's text,
is the item's headline.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Shortest title (characters) compared: a short kicker (海淀) may well be printed twice.
TITLE_MIN = 6
#: A page title with the site's name after it: ``…活动举行_京工网``.
_SITE_SUFFIX_RE = re.compile(r"[_|｜\-－—]\s*[\u4e00-\u9fffA-Za-z]{1,12}$")
_LISTED = (Shape.DISPLAY, Shape.DASH)


_SAME_MARKS = str.maketrans(
    {
        '"': "“",
        "”": "“",
        "'": "‘",
        "’": "‘",
        ":": "：",
        ",": "，",
        "(": "（",
        ")": "）",
        "!": "！",
        "?": "？",
    }
)


def title_key(text: str) -> str:
    """A title as compared: no spaces, punctuation in one width and one direction."""
    return without_spaces(text).translate(_SAME_MARKS)


def _key(block: Block) -> str:
    return title_key(block.plain)


def _titles_printed_again(
    blocks: list[Block], shapes: list[Shape], skip: set[int]
) -> tuple[set[int], set[int]]:
    """(earlier copies, later copies) of display lines printed twice."""
    later: dict[str, int] = {}
    for i in range(len(blocks) - 1, -1, -1):
        if shapes[i] in _LISTED and i not in skip:
            later.setdefault(_key(blocks[i]), i)
    earlier: set[int] = set()
    copies: set[int] = set()
    for i, block in enumerate(blocks):
        if shapes[i] not in _LISTED or i in skip:
            continue
        key = _key(block)
        for k in {key, _SITE_SUFFIX_RE.sub("", key)}:
            j = later.get(k)
            if len(k) >= TITLE_MIN and j is not None and j > i:
                earlier.add(i)
                copies.add(j)
    return earlier, copies - earlier


_ORIGINAL_TITLE_RE = re.compile(r"^原标题\s*[:：]\s*(.+)$")


def printed_titles(blocks: list[Block], index: set[int]) -> frozenset[str]:
    """Titles the page prints apart from its articles: its index, ``原标题：…``, a page
    title before the site's name."""
    titles = set()
    for i, block in enumerate(blocks):
        key = _key(block)
        original = _ORIGINAL_TITLE_RE.match(key)
        if original:
            titles.add(original.group(1))
        elif i in index:
            titles |= {key, _SITE_SUFFIX_RE.sub("", key)}
    return frozenset(t for t in titles if len(t) >= TITLE_MIN)


def index_lines(blocks: list[Block], shapes: list[Shape], skip: set[int]) -> set[int]:
    """Display blocks that are earlier copies of a title, with the run of titles they
    stand in (furniture between them does not break the run)."""
    again, copies = _titles_printed_again(blocks, shapes, skip)
    out = set(again)
    for i in sorted(again):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(blocks) and j not in skip:
                if shapes[j] is Shape.FURNITURE:
                    j += step
                    continue
                if shapes[j] not in _LISTED or j in copies:
                    break
                if not _runs_on(shapes, j, copies) and not _printed_later(blocks, shapes, j):
                    break
                out.add(j)
                j += step
    return out


def _printed_later(blocks: list[Block], shapes: list[Shape], j: int) -> bool:
    """The line is printed again lower down (an index's ``工会动态`` over the digest)."""
    key = _key(blocks[j])
    return any(shapes[k] in _LISTED and _key(blocks[k]) == key for k in range(j + 1, len(blocks)))


def _runs_on(shapes: list[Shape], j: int, copies: set[int]) -> bool:
    """A display line next to the index is an index title unless it heads the text
    right after it: the index ran out and an item's head (a kicker over a title printed
    again, a headline over text) begins."""
    k = j + 1
    while k < len(shapes) and shapes[k] is Shape.FURNITURE:
        k += 1
    if k >= len(shapes):
        return True
    return shapes[k] in _LISTED and k not in copies
