"""Where an organisation's name starts, in the shapes jieba's words hide it.

A bare level word (市, 区, 县) opens a short form even when jieba glues a particle to
it (了市) or an anaphor stands before it (该区); a body jieba reads as one word (科技局)
is a body of the place right before it. Read by :mod:`.grammar`.
"""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.names import words
from gonghui_build.text.tokenizer import Token


def after_a_place(tokens: list[Token], k: int) -> bool:
    """A word right after a place or a bare level word (市|科技局, 某市|水利局): a body
    of that place, where the same word alone (大局, 格局) is none."""
    if k == 0 or tokens[k - 1].end != tokens[k].start:
        return False
    before = tokens[k - 1]
    marker = before.word in words("place_markers") and before.word not in words("own_places")
    return marker or before.tag == "ns" or is_division(before.word)


def particle_and_level(tok: Token) -> bool:
    """A word jieba makes of a particle and a bare level word (了市, 的区): the level
    word opens a short form, the particle is no part of it."""
    word = tok.word
    return (
        len(word) == 2 and word[0] in words("glued_particles") and word[1] in words("place_markers")
    )


def level_of_anaphor(text: str, begin: int, start: int) -> int:
    """该区总工会, 该县总工会: the level word after an anaphor opens a short form of the
    place the article names (the anaphor itself is no part of the name)."""
    if begin != start:
        return begin
    for level in words("place_markers"):
        at = start - len(level)
        if text.startswith(level, at) and words("anaphors").ending(text, at):
            return at
    return begin
