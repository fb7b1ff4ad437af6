"""Head lines the page's headline index lists: they open an item of their own.

Apart from :mod:`heads` (which reads it) to keep that module short.
"""

from __future__ import annotations

from itertools import pairwise

from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import Reader


def listed_head(r: Reader) -> bool:
    """A pending display line the page's index lists, or two that it lists as one title
    (``某县`` / ``职工象棋赛开赛`` listed ``某县 职工象棋赛开赛``: a place set over the
    headline as its kicker; real_dev25). They open an item of their own, even after an
    item signed on its own byline line."""
    keys = [title_key(r.blocks[j].plain) for j in r.pending]
    if any(key in r.titles for key in keys):
        return True
    return any(a + b in r.titles for a, b in pairwise(keys))
