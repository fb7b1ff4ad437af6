"""A column's label set in marks over several items (``【工会新风采】``, ``◇基层动态◇``,
``◆职工风采``) that no list of column names knows (:mod:`column_names` knows the listed
ones and the usual endings).

Over the first item's headline the label reads as that item's kicker; but a kicker is one
item's, and this label heads the items under it alike: when the next item prints a head
of its own and no kicker, the label is the column's, so the page's furniture
(``ANNOTATION.md``: a standing column's name over an item is furniture). A label over one
item alone stays its kicker: nothing tells it from a bracketed kicker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gonghui_build.text.chars import without_spaces

if TYPE_CHECKING:
    from gonghui_build.layout.reader import Reader

#: Fewest and most characters of a column's label inside its marks.
LABEL_MIN, LABEL_MAX = 2, 8
_LABEL_RE = re.compile(
    rf"^(?:【[\u4e00-\u9fff]{{{LABEL_MIN},{LABEL_MAX}}}】"
    rf"|[◇◆★☆][\u4e00-\u9fff]{{{LABEL_MIN},{LABEL_MAX}}}[◇◆★☆]?)$"
)


def marked_label(text: str) -> bool:
    """A short name and nothing else, in 【】 or after a ◇/◆/★ (and before one)."""
    return bool(_LABEL_RE.match(without_spaces(text)))


def lift_column_labels(r: Reader) -> None:
    """A marked label read as the kicker of an item whose next item has a headline and no
    kicker: the column's label over both, given to the page as furniture."""
    for draft, after in zip(r.articles, r.articles[1:], strict=False):
        kickers = [i for i, role in draft.roles.items() if role == "kicker"]
        head = draft.headline
        if len(kickers) != 1 or head is None or kickers[0] > head:
            continue
        if not marked_label(r.blocks[kickers[0]].plain):
            continue
        if after.headline is None or "kicker" in after.roles.values():
            continue
        del draft.roles[kickers[0]]
        r.page_roles[kickers[0]] = "furniture"
