"""A post's sections: the short heads a WeChat or web post sets between its paragraphs.

A union's post on a season of events prints its title, the account's header row (the
day and time it was posted), a paragraph on the whole, then a short head over each
event's paragraph (``健康讲座进职工之家``), and signs once at its end (``撰稿：某某``).
A head over a news lead (``3月4日下午，…``) reads as a new item's (:mod:`heads`), but a
post is one article: its heads are its section headings (real_dev34). A digest posted
so (``基层动态丨…``) signs each item under its text (``图文 | 某某``, ``（某某）``): an
item signed before the page's end, or under a dateline of its own, keeps it apart.
"""

from __future__ import annotations

from gonghui_build.layout.line_sentences import posted_row
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape

#: Blocks under a post's title its header row may stand in (the account's name, then the row).
_HEADER_REACH = 2
_SIGNED = frozenset({"byline", "dateline"})


def fold_post_sections(r: Reader) -> None:
    """The articles after a post's own, none signed before the last one's end and that
    one signed under its text, are the post's sections: folded into it, their heads its
    section headings."""
    if len(r.articles) < 2 or not _unsigned_post(r, r.articles[0]):
        return
    rest = r.articles[1:]
    if any(_SIGNED & set(d.roles.values()) or d.closed for d in rest[:-1]):
        return
    last = rest[-1]
    signs = [i for i, role in last.roles.items() if role in _SIGNED]
    text = max((i for i in last.body if r.shapes[i] is Shape.BODY), default=-1)
    if not signs or any(i < text for i in signs) or "dateline" in last.roles.values():
        return  # unsigned (no sign the post ends with one credit), or signed above its text
    host = r.articles[0]
    for draft in rest:
        heads = [i for i, role in draft.roles.items() if role not in _SIGNED]
        host.body += sorted([*heads, *draft.body])
        host.roles.update({i: role for i, role in draft.roles.items() if role in _SIGNED})
    host.closed = last.closed
    r.articles[1:] = []
    r.renumber()


def _unsigned_post(r: Reader, draft: Draft) -> bool:
    """An article headed right over a post's header row (``2025年03月10日 18:06 四川``,
    the account's name perhaps between), with text and no byline or dateline."""
    head = draft.headline
    if head is None or not draft.body or _SIGNED & set(draft.roles.values()) or draft.closed:
        return False
    below = range(head + 1, min(head + 1 + _HEADER_REACH, len(r.blocks)))
    return any(r.shapes[j] is Shape.FURNITURE and posted_row(r.blocks[j].plain) for j in below)
