"""Items of a list page, each a title over its own date row.

A union's web list page (``工作动态``, ``基层风采``) and a news column copied from one print
each item as a short title, the date it was posted on a row of its own (``03-08``,
``2025-03-08``, ``2025年3月8日``, or a post's header row: ``2025-03-08 来源：某某``), then its
text; the next item's title and date row follow
the text with no byline or dateline between. The date row is read as furniture and a
short title in an open article as a section heading, so two items would become one. When
the open article's own headline stands over such a date row, the next title over a date
row is the next item's head: the open article ends there. A title over a date row in an
article not headed that way (a notice's signature over its date) is left as it is.
"""

from __future__ import annotations

from gonghui_build.layout.printed_dates import dates_in, is_date_row
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Longest post header row read as an item's date row (``2025-03-08 09:15 来源：某某网``).
_HEADER_ROW_MAX = 40
#: What the date a post's header row prints says it is: when the text was posted.
_POST_DATE_KINDS = frozenset({"timestamp", "date_line"})


def is_post_date_row(text: str) -> bool:
    """A date row, or a short header row that prints when the text was posted (its date,
    a time, the site it came from): no masthead's printing date."""
    if is_date_row(text):
        return True
    return len(without_spaces(text)) <= _HEADER_ROW_MAX and any(
        d.kind in _POST_DATE_KINDS for d in dates_in(text, 0, 0, None)
    )


def _dated_head(r: Reader, cur: Draft) -> bool:
    """The open article's headline stands right over a date row."""
    head = cur.headline
    below = None if head is None else head + 1
    return (
        below is not None
        and below < len(r.blocks)
        and r.shapes[below] is Shape.FURNITURE
        and is_post_date_row(r.blocks[below].plain)
    )


def next_dated_item(r: Reader, cur: Draft | None, i: int) -> bool:
    """Block ``i`` is a date row right under a title waiting over it, after the text of
    an article whose own headline stood over a date row: the title heads the next item."""
    return (
        cur is not None
        and cur.has_body
        and bool(r.pending)
        and r.pending[-1] == i - 1
        and is_post_date_row(r.blocks[i].plain)
        and _dated_head(r, cur)
    )
