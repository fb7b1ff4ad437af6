"""Keys set before each name with a blank, run into the text's end (``…。文 某某 图 某某``).

A feature's or a post's writer and photographer are credited after its last sentence,
each name after its key (``bylines.yaml``'s keyed_roles: 文, 文字, 图, 图片, 摄影 …) with a
blank between: the same credit a byline prints with slashes or bars (``文/某某 图/某某``)
when the copy's text layer dropped them. Read on union sites' and WeChat posts' copies of
workers' papers' features (s49); apart from :mod:`credits` so that module keeps under
its size.
"""

from __future__ import annotations

import functools

from gonghui_build import reference as lexicon
from gonghui_build.text.names import is_name_shaped

#: How many key-and-name pairs such a credit holds at most (writer, photographer, one more).
_PAIRS_MAX = 3


@functools.cache
def _keys() -> frozenset[str]:
    """The words that key the name after them (文, 图, 摄影, 撰稿 …)."""
    return frozenset(lexicon.keyed("bylines.yaml", "keyed_roles"))


def blank_keyed_names(tail: str) -> bool:
    """``文 某某 图 某某``, ``文 某某``: ``tail`` is nothing but keys, each before one name
    with a blank between; a sentence's words after a key are no name (``图 片来源``)."""
    tokens = tail.split()
    if not tokens or len(tokens) % 2 or len(tokens) > 2 * _PAIRS_MAX:
        return False
    keys, names = tokens[0::2], tokens[1::2]
    return all(k in _keys() for k in keys) and all(is_name_shaped(n) for n in names)
