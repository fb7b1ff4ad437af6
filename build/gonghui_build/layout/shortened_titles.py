"""A headline index that prints an item's title without the place the title opens with.

A city's paper lists on its front page the titles of its items, and may shorten one by
its city's name (``市工会第九次代表大会开幕`` over the item headed ``宜昌市工会第九次代表
大会开幕``): the reader knows the city. The two are one title printed twice, the index's
the earlier copy. Compared only as equal, the index ran on into the item's headline and
took it for one of its own lines, the deck under it left as the item's head (real_dev24).

Apart from :mod:`index` (which reads its result) to keep that module short.
"""

from __future__ import annotations

import re

#: Longest place name (characters) the index leaves off a title (``宜昌``, ``黔东南``).
PLACE_MAX = 4
#: Shortest shortened title (characters) compared, as :data:`index.TITLE_MIN`.
SHORT_MIN = 6
_PLACE_RE = re.compile(rf"[\u4e00-\u9fff]{{1,{PLACE_MAX}}}")


def shortened_copies(keys: list[str]) -> tuple[set[int], set[int]]:
    """(index lines, headlines): per display line's key (``""`` for blocks not compared),
    a line whose title a lower line prints in full, a place's name before it, pairs with
    the nearest such lower line. A lower line printed again word for word is no pair (the
    exact copies are :func:`index._titles_printed_again`'s)."""
    short: set[int] = set()
    full: set[int] = set()
    for i, key in enumerate(keys):
        if len(key) < SHORT_MIN or keys.count(key) > 1:
            continue
        for j in range(i + 1, len(keys)):
            other = keys[j]
            if j in full or not other.endswith(key) or keys.count(other) > 1:
                continue
            if _PLACE_RE.fullmatch(other[: len(other) - len(key)]):
                short.add(i)
                full.add(j)
                break
    return short, full
