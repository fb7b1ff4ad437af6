"""A kicker a PDF's narrow column broke over lines, ending with a dash.

A national or provincial workers' paper sets a long kicker (引题) over a feature's headline,
ending with a dash that points to it (``某省工会持续深化产业工人队伍建设改革，…，让技术工人有奔``
/ ``头——`` / the headline / ``本报记者 某某``). Too long for display text, the text layer of
its e-paper or PDF breaks it over two lines, and it read as running text: the page's
standfirst over the first head, or the last paragraph of the item above. Only one block
right over a headline, ending with a dash and holding no sentence's end, is such a kicker:
a standfirst is sentences, and a paragraph of text ends with a full stop.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.reader import Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Most characters of a kicker a column broke over lines (a paper's long 引题).
DASHED_KICKER_MAX = 80
#: Marks a kicker never holds: a sentence's end.
_SENTENCE_ENDS = "。；;！？!?"
#: A word, then the dash that points to the headline: a roster's open term (``主席
#: 某某 1980.3—``) ends with a number before its dash.
_WORD_THEN_DASH_RE = re.compile(r"[\u4e00-\u9fff”》]—{1,2}$")
#: A wide blank between a line's words: a roster's or a table's columns, no kicker's.
_WIDE_BLANK_RE = re.compile(r"[ \t\u3000]{2,}")


def dashed_kicker(blocks: list[Block], texts: list[int], roles: dict[int, str]) -> bool:
    """One block of text right over an article's headline (``roles``: its head, no kicker
    yet) that ends with a dash and holds no sentence's end: that headline's kicker."""
    if len(texts) != 1 or "kicker" in roles.values() or "headline" not in roles.values():
        return False
    plain = blocks[texts[0]].plain
    compact = without_spaces(plain)
    return (
        bool(_WORD_THEN_DASH_RE.search(compact))
        and len(compact) <= DASHED_KICKER_MAX
        and not any(mark in compact for mark in _SENTENCE_ENDS)
        and not _WIDE_BLANK_RE.search(plain.strip())
    )


def lift_dashed_kickers(r: Reader) -> None:
    """The last block of an article's text that is the next article's dashed kicker,
    right over its head, goes to that article as its kicker."""
    for above, below in zip(r.articles, r.articles[1:], strict=False):
        if not above.body or not below.roles or (len(above.body) < 2 and not above.texted):
            continue  # the article above would be left with no text
        last = max(above.body)
        if (
            last + 1 == min(below.roles)
            and r.shapes[last] is Shape.BODY
            and dashed_kicker(r.blocks, [last], below.roles)
        ):
            above.body.remove(last)
            below.roles[last] = "kicker"
