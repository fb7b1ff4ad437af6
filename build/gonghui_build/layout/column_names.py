"""A workers' paper's standing column's name (``职工天地``, ``法治之窗``, ``【蹲点日记】``).

A paper sets the name of the column an item runs in over the item's own headline, alone on
its line or in 【】 before the title: the page's, no headline or kicker (``ANNOTATION.md``:
a standing column's name over an item is furniture). The names a paper gives its columns
are many, but they end alike (``X天地``, ``X园地``, ``X之窗``, ``X之声``): a short name of
two to four characters before such an ending is one as surely as the names listed
(``column_names`` and ``column_name_endings`` of ``reference/page_furniture.yaml``). A
name before the ending holds no word of a sentence (``我的小天地`` is an essay's title).
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.part_labels import labels
from gonghui_build.text.chars import without_spaces

#: Fewest and most characters before a column's ending (安全|园地, 职工文化|天地).
PREFIX_MIN, PREFIX_MAX = 2, 4
#: Characters no column's name holds before its ending, a phrase's or a sentence's words:
#: the possessive, pronouns, aspect and copula (``我的小天地``, ``走进她的园地``).
_PHRASE_CHARS = "的了是我你他她它们在着过把被与和"


@functools.cache
def _listed() -> frozenset[str]:
    return frozenset(lexicon.load("page_furniture.yaml")["column_names"])


@functools.cache
def _ended_re(key: str, fewest: int, most: int) -> re.Pattern[str]:
    """A name of ``fewest`` to ``most`` characters, no phrase's word among them, before
    one of the endings that ``page_furniture.yaml`` lists under ``key``."""
    endings = lexicon.alternation(lexicon.load("page_furniture.yaml")[key])
    return re.compile(f"^[^{_PHRASE_CHARS}\\W\\d_A-Za-z]{{{fewest},{most}}}(?:{endings})$")


#: Marks a paper sets a column's name off with, around it or before it (``【职工风采】``,
#: ``◇职工风采``, ``★劳模风采★``): not the name's (``■`` is a credit's, left out).
_NAME_MARKS = "【】[]◆◇★☆◎"


def is_column_name(text: str) -> bool:
    """The line (or a bracket's text) is a standing column's name and nothing else: listed,
    or a short name ending as column names end; its marks and blanks aside."""
    name = without_spaces(text).strip(_NAME_MARKS)
    ended = _ended_re("column_name_endings", PREFIX_MIN, PREFIX_MAX)
    return name in _listed() or bool(ended.match(name))


#: Characters of a writing column's name before its ending (一线|手记, 职工|随笔): a longer
#: line so ended names a place's or a unit's feature (青禾职工风采), a kicker's phrase.
WRITING_PREFIX_LEN = 2


def names_a_writing_column(text: str) -> bool:
    """The line over a headline is the name of a standing column of reporters' or workers'
    own writing (``一线手记``, ``职工随笔``, ``班组风采``): the page's, no kicker. A part's
    label (``记者手记``, ``article_labels``) is none: it heads a part of a report."""
    name = without_spaces(text).strip("【】[]")
    ended = _ended_re("writing_column_endings", WRITING_PREFIX_LEN, WRITING_PREFIX_LEN)
    return name not in labels() and bool(ended.match(name))


#: Most characters of a commentary column's name before its ending (工会|时评, 一线|快评).
COMMENT_PREFIX_MAX = 4


def names_a_comment_column(text: str) -> bool:
    """The line is the name of a paper's commentary column (``短评``, ``工会时评``,
    ``一线快评``): set over a comment's own title, it is the page's, and the comment under
    it an article of its own (``comment_column_endings``)."""
    name = without_spaces(text).strip("【】[]")
    return bool(_ended_re("comment_column_endings", 0, COMMENT_PREFIX_MAX).match(name))


#: Most characters of a web copy's channel name before its ending (工会|要闻, 县区工会|动态).
CHANNEL_PREFIX_MAX = 4


def names_a_channel(text: str) -> bool:
    """The line is a short name ending as a site's channels end (``工会要闻``,
    ``基层动态``: ``channel_name_endings``), read by :mod:`.channel_foot` at a page's foot."""
    name = without_spaces(text)
    return bool(_ended_re("channel_name_endings", 1, CHANNEL_PREFIX_MAX).match(name))
