"""The label of a part of an article printed alone on its line: ``记者手记``,
``编后``, ``相关链接`` (``page_furniture.yaml``'s article_labels), bare, in 【】 or after a
byline's mark (``■编后``, ``●记者手记``).

Such a label heads a part of the article it is printed in (a reporter's afterword, an
editor's comment, a link box): it is no byline though it opens with ``记者`` (``记者 手记``
would read as a reporter named 手记), no credit though a square stands before it (``■某某``
signs a digest's item), and it opens no new article. Apart from :mod:`cues` so that
module keeps under its size.
"""

from __future__ import annotations

import functools

from gonghui_build import reference as lexicon
from gonghui_build.layout.role_words import BYLINE_MARKS
from gonghui_build.text.chars import without_spaces


@functools.cache
def labels() -> frozenset[str]:
    """``page_furniture.yaml``'s article_labels: the labels of an article's parts."""
    return frozenset(lexicon.load("page_furniture.yaml")["article_labels"])


def is_part_label(text: str) -> bool:
    """``text`` is a part's label alone: in the list, perhaps after one mark."""
    compact = without_spaces(text)
    if compact[:1] in BYLINE_MARKS:  # a byline's mark before the label (■编后)
        compact = compact[1:]
    return compact in labels()
