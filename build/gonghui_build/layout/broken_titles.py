"""Two head lines that an index prints as one title: where the line break falls tells
one headline broken by the column from a kicker over its headline (real_dev25). A
kicker is a phrase of its own; a break inside a word or inside a quotation is the
column's. Apart from :mod:`headroles` (which reads it) to keep that module short.
"""

from __future__ import annotations

from gonghui_build.text import tokenizer

#: Shortest line (characters) on either side of such a break: a title's part, no label.
LINE_MIN = 6
#: Shortest word cut by the break (``环卫|工人``): a compound, not a two-character pair.
WORD_MIN = 4


def broken_mid_word(first: str, second: str) -> bool:
    """The line break falls inside a word of the title the two lines make together
    (``某区总工会为环卫工`` / ``人送去清凉包``: 环卫工人 cut in two): one headline the
    column broke, never a kicker over a headline, which ends where its phrase ends."""
    if len(first) < LINE_MIN or len(second) < LINE_MIN:
        return False
    at = 0
    for word in tokenizer.cut(first + second):
        if at < len(first) < at + len(word):
            return len(word) >= WORD_MIN
        at += len(word)
    return False


def broken_inside(first: str, second: str) -> bool:
    """The break falls inside a word or inside a quotation the first line opens and the
    second closes (``“把每件产品`` / ``都做成精品”``): one headline; a kicker is a phrase
    of its own, its quotes closed."""
    return broken_mid_word(first, second) or first.count("“") % 2 == 1
