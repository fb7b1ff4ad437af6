"""A post's first sentence set in short lines under its header, read as a second head.

A WeChat post or a web copy prints its title, then its header (the account's name, the
stamp of when it was posted), then its text; a post's text often opens on a quotation
broken into short lines (``“天冷了，`` / ``大家多穿点！”``), shaped like a display line. Read
as a headline it left the post's title with no text, and the title was dropped as the
page's banner. A head that is a whole sentence with a clause inside (a comma, and a
sentence's final mark at its end, inside quotes or not) right under the dated header of
a title with no text of its own opens that title's text: a headline breaks no clause.
"""

from __future__ import annotations

from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.reader import Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Roles of the article's head that a post's opening sentence may stand with.
_OWN_ROLES = frozenset({"headline", "byline"})
#: Marks that part a sentence's clauses.
_CLAUSE_MARKS = "，；"


def fold_post_openings(r: Reader) -> None:
    """The page's first article takes back its title from the page's banner when its head
    is a sentence right under a dated header row, the banner's display lines over that
    row: the title is the first of them (the account's name follows it), the sentence the
    first paragraph of its text."""
    if not r.articles:
        return
    top = r.articles[0]
    head = top.headline
    if head is None or any(role not in _OWN_ROLES for role in top.roles.values()):
        return
    if head == 0 or not _dated_row(r, head - 1):
        return
    if not _a_sentence(without_spaces(r.blocks[head].plain)):
        return
    title = _banner_title(r, head - 1)
    if title is None:
        return
    del top.roles[head]
    r.reshape(head, Shape.BODY)
    top.body = sorted([head, *top.body])
    del r.page_roles[title]
    top.roles[title] = "headline"


def _banner_title(r: Reader, stamp: int) -> int | None:
    """The first of the banner's display lines just over the header row at ``stamp``."""
    banner = []
    i = stamp - 1
    while i >= 0 and r.page_roles.get(i) == "banner" and r.shapes[i] is Shape.DISPLAY:
        banner.append(i)
        i -= 1
    return banner[-1] if banner else None


def _a_sentence(compact: str) -> bool:
    """A whole sentence with a clause inside (``天冷了，大家多穿点！``): a headline breaks no
    clause, so such a head is text."""
    return ends_sentence(compact) and any(mark in compact[:-1] for mark in _CLAUSE_MARKS)


def _dated_row(r: Reader, i: int) -> bool:
    """Block ``i`` is a furniture row with a date (a post's stamp of when it was posted):
    the header a post's text follows."""
    return r.shapes[i] is Shape.FURNITURE and bool(DATE_RE.search(r.blocks[i].plain))
