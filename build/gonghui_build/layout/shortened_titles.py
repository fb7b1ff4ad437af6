"""A headline index that prints an item's title without the place the title opens with.

A city's paper lists on its front page the titles of its items, and may shorten one by
its city's name (``市工会第九次代表大会开幕`` over the item headed ``宜昌市工会第九次代表
大会开幕``): the reader knows the city. The two are one title printed twice, the index's
the earlier copy. Compared only as equal, the index ran on into the item's headline and
took it for one of its own lines, the deck under it left as the item's head (real_dev24).

A paper may also leave out the place a title names inside it, where the event was held
(``某区总工会全委会议召开`` over ``某区总工会全委会议在某市召开``): the lead's headline
says where, the index does not. The same pairing holds for a run of a few characters
left out inside the title (real_dev25: the index ran on into the lead's kicker and
headline, and the deck under them was read as the head).

Apart from :mod:`index` (which reads its result) to keep that module short.
"""

from __future__ import annotations

import re

#: Longest place name (characters) the index leaves off a title (``宜昌``, ``黔东南``).
PLACE_MAX = 4
#: Shortest shortened title (characters) compared, as :data:`index.TITLE_MIN`.
SHORT_MIN = 6
_PLACE_RE = re.compile(rf"[\u4e00-\u9fff]{{1,{PLACE_MAX}}}")
#: Longest run (characters) the index leaves out inside a title: ``在`` and a place.
INNER_MAX = PLACE_MAX + 2
#: Fewest characters of the title kept on either side of the run left out.
INNER_SIDE_MIN = 2
_INNER_RE = re.compile(rf"[\u4e00-\u9fff]{{1,{INNER_MAX}}}")


def _shortened(key: str, other: str) -> bool:
    """``other`` is ``key`` with a place before it, or with a short run of characters
    set inside it (``…会议在某市召开`` for ``…会议召开``)."""
    extra = len(other) - len(key)
    if other.endswith(key):
        return bool(_PLACE_RE.fullmatch(other[:extra]))
    if not 0 < extra <= INNER_MAX:
        return False
    for cut in range(INNER_SIDE_MIN, len(key) - INNER_SIDE_MIN + 1):
        head, tail, inner = key[:cut], key[cut:], other[cut : cut + extra]
        if other.startswith(head) and other.endswith(tail) and _INNER_RE.fullmatch(inner):
            return True
    return False


def shortened_copies(keys: list[str]) -> tuple[set[int], set[int]]:
    """(index lines, headlines): per display line's key (``""`` for blocks not compared),
    a line whose title a lower line prints in full, a place's name before it, pairs with
    the nearest such lower line, and so does one a lower line prints with a short run set
    inside it. A lower line printed again word for word is no pair (the exact copies are
    :func:`index._titles_printed_again`'s)."""
    short: set[int] = set()
    full: set[int] = set()
    for i, key in enumerate(keys):
        if len(key) < SHORT_MIN or keys.count(key) > 1:
            continue
        for j in range(i + 1, len(keys)):
            other = keys[j]
            if j in full or other == key or keys.count(other) > 1:
                continue
            if _shortened(key, other):
                short.add(i)
                full.add(j)
                break
    return short, full
