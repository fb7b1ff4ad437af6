"""Digests read by their titles: a title over a run of items (``工会动态`` over bulleted
news), and a digest of headline-and-text pairs (``工作动态`` / a title / a paragraph or
two / a title …, no bullets), where each title starts an item of its own
(:func:`heads.read_page` asks these when a digest item or a block of text comes)."""

from __future__ import annotations

from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.head_chrome import is_breadcrumb
from gonghui_build.layout.heads_web import over_header_field
from gonghui_build.layout.index import title_key
from gonghui_build.layout.notes import further_report
from gonghui_build.layout.reader import NEW_HEAD_MIN, Draft, Reader, section_like
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape

#: Most blocks of text under one title of a digest of headline-and-text pairs.
PAIR_BODY_MAX = 3
#: What may stand between two items of a digest: their photos' captions and credits.
_BETWEEN_ITEMS = (Shape.FURNITURE, Shape.CREDIT, Shape.CAPTION, Shape.END_CREDIT)


def items_follow(r: Reader, i: int) -> bool:
    """Another item follows the item ``i`` (its photo's caption and credit aside): a
    short title over a run of items is the digest's; over one item alone (a photo news
    item: ``棋盘上的较量`` / its text / ``某某 摄``) it is the item's headline."""
    nxt = i + 1
    while nxt < len(r.shapes) and r.shapes[nxt] in _BETWEEN_ITEMS:
        nxt += 1
    return nxt < len(r.shapes) and r.shapes[nxt] is Shape.ITEM


def pair_head(r: Reader, cur: Draft | None, i: int) -> bool:
    """A title over text in a digest of headline-and-text pairs (``工作动态`` / a title /
    a paragraph or two / a title …, no bullets): the digest's title over its first pair,
    or a title after a short pair of the digest. An article under its byline goes on."""
    if r.shapes[i] is not Shape.BODY or not r.pending:
        return False
    if cur is not None and not cur.closed and "byline" in cur.roles.values():
        return False
    title = title_key(r.blocks[r.pending[-1]].plain)
    if len(title) < NEW_HEAD_MIN or section_like(title):
        return False
    if over_header_field(r.blocks, r.shapes, r.pending[-1]):
        return False  # a web page's title over its 来源 line, under its menu
    if len(r.pending) >= 2 and names_a_digest(r.blocks[r.pending[-2]].plain):
        return True
    return (
        cur is not None
        and cur.hint == "pair"
        and len(r.pending) == 1
        and len(cur.body) <= PAIR_BODY_MAX
    )


def start_pair(r: Reader, i: int) -> None:
    """A pair of the digest: its title the headline, the digest's title the page's."""
    pending = r.take_pending()
    head = pending.pop()
    if pending and names_a_digest(r.blocks[pending[-1]].plain):
        r.page_roles[pending.pop()] = "furniture"
    r.start([*pending, head], 1, hint="pair").body.append(i)


def digest_title_alone(r: Reader) -> bool:
    """A digest's title (``工会动态``) alone over text: the digest's, not its first item's
    headline (items with no bullets, each closed by its credit, follow)."""
    return len(r.pending) == 1 and names_a_digest(r.blocks[r.pending[0]].plain)


def digest_title_over_datelines(r: Reader, i: int) -> bool:
    """A digest's title (``简讯``) alone over the dateline ``i`` of an item with no
    headline, another such dateline following with no headline between (``简讯`` /
    ``本报讯 …（某某）`` / ``本报讯 …（某某）``, or ``又讯 …``): the digest's, not its first
    item's headline, as over bulleted items."""
    if not digest_title_alone(r) or r.shapes[i] is not Shape.DATELINE:
        return False
    for j in range(i + 1, len(r.shapes)):
        if r.shapes[j] is Shape.DATELINE or further_report(r, j):
            return True  # 本报讯 …, or 又讯 …: one more brief
        if r.shapes[j] in DISPLAY_SHAPES:
            return False
    return False


def site_name_over_item(r: Reader, pending: list[int], i: int) -> bool:
    """The display lines waiting over the item ``i`` stand above the site's breadcrumb
    (``某某区人民政府`` / ``首页 > 政务公开 > 部门动态`` / a bulletin's header / ``■…``): the
    site's name over its page, no headline of the item — a breadcrumb leads from a site's
    name to its page, it never stands between a head and its text."""
    return bool(pending) and any(
        is_breadcrumb(r.blocks[j].plain) for j in range(pending[-1] + 1, i)
    )
