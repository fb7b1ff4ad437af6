"""Digests whose items print neither a bullet nor a credit.

A digest's title (``新闻速递``, ``工会动态``) may stand over items that print no bullet
(``▲``) and no correspondent's name after them (``■某某``): short paragraphs, each opening
like a news item (``3月2日，某县总工会…``, ``近日，…``) and each ending its sentence. Each
is an item of its own, an article with no headline, as a bulleted item is. Paragraphs under
a headline are one article's text whatever they open with: only paragraphs under the
digest's title, with no head of their own, are read here. What an article held above
the digest's title stays its text when it ends a sentence; a title line naming the items
(``某某晨读丨某某开展…；某某召开…``) ends none and is the page's.
"""

from __future__ import annotations

from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.furniture import names_a_digest
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Fewest items read as a digest: one paragraph under a title is a short article.
ITEMS_MIN = 2
#: Longest item (characters): a digest's items are a sentence or two each.
ITEM_MAX = 200


def split_unmarked_digests(r: Reader) -> None:
    """Each article made of a digest's unmarked items becomes one article per item."""
    out: list[Draft] = []
    for draft in r.articles:
        out += _split_digest(r, draft)
    r.articles[:] = out
    for n, draft in enumerate(r.articles):
        draft.index = n


def _split_digest(r: Reader, draft: Draft) -> list[Draft]:
    """``draft`` as one article per unmarked item of a digest it holds (what it held above
    the digest's title kept as its own), or ``draft`` alone when it holds no digest."""
    blocks = sorted([*draft.roles, *draft.body])
    title = _title_within(r, blocks)
    if title is None:
        if draft.headline is not None or not _under_digest_title(r, blocks[0]):
            return [draft]
        kept, items = [], blocks
    else:
        kept, items = blocks[: blocks.index(title)], blocks[blocks.index(title) + 1 :]
        items = [i for i in items if r.shapes[i] is not Shape.FURNITURE]
    if len(items) < ITEMS_MIN or not all(_is_item(r, draft, i) for i in items):
        return [draft]
    out: list[Draft] = []
    if kept and not any(ends_sentence(without_spaces(r.blocks[i].plain)) for i in kept):
        for i in kept:  # the account's title over the digest, no text: the page's
            draft.roles.pop(i, None)
            r.page_roles[i] = "banner" if r.shapes[i] is not Shape.FURNITURE else "furniture"
        kept = []
    if kept:
        draft.roles = {i: role for i, role in draft.roles.items() if i in kept}
        draft.body = [i for i in draft.body if i in kept]
        out.append(draft)
    for i in blocks:
        if i not in kept and i not in items:
            draft.roles.pop(i, None)
            r.page_roles[i] = "furniture"  # the digest's title, chrome between: the page's
    out += [Draft(index=0, body=[i], closed=True, hint="item") for i in items]
    return out


def _title_within(r: Reader, blocks: list[int]) -> int | None:
    """The last display line inside an article that names a digest (``新闻速递``)."""
    titles = [
        i for i in blocks if r.shapes[i] is Shape.DISPLAY and names_a_digest(r.blocks[i].plain)
    ]
    return titles[-1] if titles else None


def _under_digest_title(r: Reader, first: int) -> bool:
    """The article's first block follows a digest's title, furniture between them."""
    i = first - 1
    while i >= 0 and r.shapes[i] is Shape.FURNITURE:
        i -= 1
    return i >= 0 and r.shapes[i] is Shape.DISPLAY and names_a_digest(r.blocks[i].plain)


def _is_item(r: Reader, draft: Draft, i: int) -> bool:
    """Block ``i`` is a digest's item: a short paragraph of text, no head of the article,
    opening like a news item and ending its sentence."""
    text = without_spaces(r.blocks[i].plain)
    return (
        r.shapes[i] is Shape.BODY
        and i not in draft.roles
        and len(text) <= ITEM_MAX
        and opens_with_news_lead(text)
        and ends_sentence(text)
    )
