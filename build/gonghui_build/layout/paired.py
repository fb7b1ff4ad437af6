"""Two matched phrases: the head a briefs column sets over or before its item.

Briefs columns head an item with two phrases of one length, side by side or parted by
a comma (``送清凉 暖人心``, ``学技能，促就业``). Three readers meet the shape: a square's
credit (:mod:`square_credits`: ``■送清凉 暖人心`` is a head, no two names), a run-in head
before the item's text (:mod:`title_meta`) and a line of display text (:mod:`display`).
The shape is defined once here; each reader adds its own evidence against what the shape
may also be where it looks (two names of one length, a connective opening a sentence).
"""

from __future__ import annotations

from gonghui_build.text.chars import is_cjk

#: Shortest and longest phrase of a matched pair: a phrase of two characters is a word
#: (促进，发展 runs on as a sentence), one of eight or more a clause of running text.
PAIR_PHRASE_MIN = 3
PAIR_PHRASE_MAX = 7


def matched_phrases(first: str, second: str) -> bool:
    """``first`` and ``second`` are phrases of Chinese characters of one length, three to
    seven each (``送清凉``, ``暖人心``): the two halves of a briefs column's head."""
    return PAIR_PHRASE_MIN <= len(first) == len(second) <= PAIR_PHRASE_MAX and all(
        map(is_cjk, first + second)
    )
