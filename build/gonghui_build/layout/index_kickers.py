"""The kicker of a printed page's first item, set right under the page's headline index.

An e-paper page lists its items' titles at its top (``本版导读`` / a title a line), and
its first item's head follows the list with no gap: a short kicker (``新春走基层``,
``深化产改 提升技能``) over the headline. Walked from the titles the page prints again,
the index's run takes every display line up to the first one that heads text, so the
kicker went to the index and the item lost it (real_dev20: two provinces' workers'
dailies). The index lists one title per item: when its run holds one line more than the
page has heads, and its last line, short and printed nowhere else, stands right over the
first head's headline, that line is the kicker.
"""

from __future__ import annotations

from collections import Counter

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.index import title_key
from gonghui_build.layout.shapes import Shape

#: Longest kicker (characters) read off an index's end: a slogan pair, a column's name.
KICKER_MAX = 10
#: What a headline heads: its deck, a dateline, running text.
_HEADED = (Shape.DASH, Shape.DATELINE, Shape.BODY, Shape.ITEM)


def _next_content(shapes: list[Shape], i: int) -> int:
    k = i + 1
    while k < len(shapes) and shapes[k] is Shape.FURNITURE:
        k += 1
    return k


def _heads(shapes: list[Shape], first: int) -> int:
    """Display lines from ``first`` on that head text right under them."""
    count = 0
    for h in range(first, len(shapes)):
        k = _next_content(shapes, h)
        count += shapes[h] is Shape.DISPLAY and k < len(shapes) and shapes[k] in _HEADED
    return count


def _run_before(index: set[int], j: int) -> int:
    """Lines of the index printed one under the other up to ``j`` (a masthead's name the
    index's run took in above a page label is no title of it)."""
    k = j
    while k - 1 in index:
        k -= 1
    return j - k + 1


def kicker_under_index(blocks: list[Block], shapes: list[Shape], index: set[int]) -> set[int]:
    """The index's last line when it is the first item's kicker (see the module)."""
    if not index:
        return set()
    j = max(index)
    head = j + 1
    if head >= len(shapes) or shapes[head] is not Shape.DISPLAY or shapes[j] is not Shape.DISPLAY:
        return set()
    below = _next_content(shapes, head)
    if below >= len(shapes) or shapes[below] not in _HEADED:
        return set()
    key = title_key(blocks[j].plain)
    printed = Counter(title_key(b.plain) for b in blocks)
    if len(key) > KICKER_MAX or printed[key] > 1 or len(key) >= len(title_key(blocks[head].plain)):
        return set()
    return {j} if _run_before(index, j) == _heads(shapes, head) + 1 else set()
