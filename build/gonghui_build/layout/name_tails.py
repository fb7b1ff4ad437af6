"""A correspondent's name alone on the line under an item's text, over the next item's
headline (``…出席开幕式。`` / ``罗晓航`` / ``某县总工会举办招聘会`` / ``本报讯 …``), or
over the kicker above that headline (``罗晓航`` / ``怀柔`` / ``某县总工会举办招聘会``).

The name is the credit closing the item above, not a kicker over the headline below: a
kicker is a phrase or a place (``延庆``), and a person's name over a headline heads a
profile only when no headline follows it (the name is then the headline itself).
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.neighbours import Neighbours
from gonghui_build.layout.pen_names import keyed_pen_name
from gonghui_build.layout.shapes import TEXT_SHAPES, Shape, is_place_name
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.names import is_plausible_name, split_name

#: What may follow the next item's headline: its text, its dateline or its byline.
_UNDER_HEAD = (*TEXT_SHAPES, Shape.BYLINE)


#: Most times the dictionary counts a word of two characters an old paper's writer signs
#: with alone on a line (``白阳``: 5); a kicker or a column's word is a common one (简讯 41).
_PEN_WORD_MAX_FREQ = 10


def _rare_word_name(name: str) -> bool:
    """A surname and a given name that together are a rare word of the dictionary
    (``白阳``): an old paper's writer signing under a brief, as in brackets (``（长河）``),
    where :func:`is_plausible_name` reads an ordinary word; no note, verb or place."""
    return (
        len(name) == 2
        and split_name(name) is not None
        and tokenizer.frequency(name) < _PEN_WORD_MAX_FREQ
        and keyed_pen_name(name)
    )


def _closes_item(blocks: list[Block], shapes: list[Shape], near: Neighbours, i: int) -> bool:
    """Block ``i`` is a person's name alone between a finished text and a headline over
    text (see the module's docstring)."""
    name = without_spaces(blocks[i].plain)
    if not (is_plausible_name(name, True) or _rare_word_name(name)) or is_place_name(name):
        return False
    before, head = near.before[i], near.after[i]
    if before is None or head is None or head != i + 1:
        return False
    under = near.after[head]
    if under is not None and shapes[under] is Shape.DISPLAY:
        under = near.after[under]  # the head is a kicker (``怀柔``) over the headline
    return (
        shapes[before] in TEXT_SHAPES
        and ends_sentence(without_spaces(blocks[before].plain))
        and shapes[head] is Shape.DISPLAY
        and under is not None
        and shapes[under] in _UNDER_HEAD
    )


def names_closing_items(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """Mark each correspondent's name closing an item, before the next item's head, as
    the item's end credit (in place)."""
    for i, shape in enumerate(shapes):
        if shape is Shape.DISPLAY and _closes_item(blocks, shapes, near, i):
            shapes[i] = Shape.END_CREDIT
