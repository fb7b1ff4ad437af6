"""A column's name that an editor's note right above it announces.

A paper opening a new column prints a note (``编者按：…本报今起开设“某某”栏目…``) and then
the column's name alone on its line over the first piece, over that piece's own headline.
The name is the column's, not the piece's kicker: the page's furniture (ANNOTATION.md: a
standing column's name over an item is furniture), however it is worded. The words that
say a quoted name is a column's are ``column_words`` of ``reference/page_furniture.yaml``.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces


@functools.cache
def _announced_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.load("page_furniture.yaml")["column_words"])
    return re.compile(f"“([^“”]{{2,16}})”(?:{words})")


def announced_columns(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """A line alone printing the name a note right above it announces as a column's
    (``本报今起开设“某某”栏目…`` / ``某某`` / the piece's headline): the column's name over
    its first piece, the page's furniture, no kicker (real_dev33)."""
    out = []
    for i in range(1, len(blocks)):
        if shapes[i] is not Shape.DISPLAY or len(blocks[i].lines) != 1:
            continue
        names = _announced_re().findall(without_spaces(blocks[i - 1].plain))
        if without_spaces(blocks[i].plain) in names:
            out.append(i)
    return out
