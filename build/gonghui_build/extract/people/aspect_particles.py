"""An aspect particle (着, 了, 过) inside a stretch of text: the mark of a clause's verb,
never part of a body's name, so a stretch holding one is a clause, not a unit's name
(…，某某握着|抢修队|队长某某: the visitor's act, then the team)."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.text.tokenizer import Token

#: jieba's tags of the aspect particles: 着 (uz), 了 (ul), 过 (ug).
_ASPECT_TAGS = frozenset({"uz", "ul", "ug"})


def holds_aspect_particle(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a word jieba tags an aspect particle lies within ``start``..``end``."""
    return any(t.tag in _ASPECT_TAGS and start <= t.start and t.end <= end for t in tokens)
