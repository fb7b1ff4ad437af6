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

import re

from gonghui_build.layout.credited_tails import free_credited_tails
from gonghui_build.layout.digest_titles import is_column_title, names_a_digest
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Shapes of a credit printed over a digest's title after an article's text: the credit
#: that closes that article (``本报记者 某某 文/摄`` / ``图片新闻`` / …), not the page's.
_CREDIT_SHAPES = (Shape.BYLINE, Shape.END_CREDIT, Shape.CREDIT)
#: Shapes of a digest's item: running text, or text opened by a dateline.
_ITEM_SHAPES = (Shape.BODY, Shape.DATELINE)
#: Fewest items read as a digest: one paragraph under a title is a short article.
ITEMS_MIN = 2
#: Longest item (characters): a digest's items are a sentence or two each.
ITEM_MAX = 200
#: Longest head of a digest's item printed over its text (characters).
HEAD_MAX = 30


def split_unmarked_digests(r: Reader) -> None:
    """Each article made of a digest's unmarked items becomes one article per item; a
    credited item that an article's text ran into is an item of its own."""
    out: list[Draft] = []
    for draft in r.articles:
        out += _split_digest(r, draft)
    r.articles[:] = out
    _free_credited_items(r)
    _free_photo_items(r)
    free_credited_tails(r)
    _drop_untexted_column_titles(r)
    r.renumber()


def _drop_untexted_column_titles(r: Reader) -> None:
    """A round-up's title (``一周速览 | 标题；标题``) is the page's, not a headline: read as
    one over lines that end no sentence (a teaser row ``核心提示：●…●…``, a photo
    carousel's titles) before the round-up's first item, it heads no article, and those
    lines are the page's too."""
    kept: list[Draft] = []
    for draft in r.articles:
        head = draft.headline
        rest = [i for i in [*draft.roles, *draft.body] if i != head]
        if (
            head is None
            or draft.texted
            or not is_column_title(r.blocks[head].plain)
            or any(ends_sentence(without_spaces(r.blocks[i].plain)) for i in rest)
        ):
            kept.append(draft)
            continue
        r.page_roles[head] = "banner"
        for i in rest:
            r.page_roles[i] = "furniture"
    r.articles[:] = kept


def _free_credited_items(r: Reader) -> None:
    """A digest printed right under an article, with no title of its own: a bullet item
    closed by its correspondent's credit (``▲某区总工会…。（某某）``) and followed by
    more such items is the digest's first item, not the last paragraph of the article
    above it, and the credit is the item's, not the article's byline."""
    out: list[Draft] = []
    for k, draft in enumerate(r.articles):
        out.append(draft)
        nxt = r.articles[k + 1] if k + 1 < len(r.articles) else None
        item = _credited_last_item(r, draft)
        if item is None or nxt is None or nxt.hint != "item":
            continue
        credit = item + 1
        draft.roles.pop(credit)
        draft.body.remove(item)
        out.append(Draft(index=0, roles={credit: "byline"}, body=[item], closed=True, hint="item"))
    r.articles[:] = out


def _free_photo_items(r: Reader) -> None:
    """A digest's item is one paragraph: a captioned photo after an item that prints no
    credit (its text, then the photographer's ``某某 摄``) is photo news of its own, not
    more of that item."""
    out: list[Draft] = []
    for draft in r.articles:
        out.append(draft)
        if draft.hint != "item" or draft.roles or len(draft.body) < 3:
            continue
        first, photo, credit = sorted(draft.body)[:3]
        if (
            r.shapes[first] is Shape.ITEM
            and r.shapes[photo] is Shape.BODY
            and r.shapes[credit] is Shape.CREDIT
            and len(draft.body) == 3
        ):
            draft.body = [first]
            out.append(Draft(index=0, body=[photo, credit], closed=True))
    r.articles[:] = out


def _credited_last_item(r: Reader, draft: Draft) -> int | None:
    """The bullet item that ends ``draft``'s text, when the credit after it is the
    article's byline and text of the article's own stands before it."""
    if draft.hint is not None or not draft.body:
        return None
    last = max(draft.body)
    text_before = any(r.shapes[i] in (Shape.BODY, Shape.DATELINE) for i in draft.body if i < last)
    if (
        r.shapes[last] is Shape.ITEM
        and draft.roles.get(last + 1) == "byline"
        and r.shapes[last + 1] is Shape.END_CREDIT
        and (text_before or draft.texted)
    ):
        return last
    return None


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
    headed = _headed_items(r, draft, items) if kept or title is None else None
    photo = title is not None and kept and _photo_item(r, draft, items)
    credited = _credited_items(r, draft, items) if title is not None else None
    if (
        headed is None
        and not photo
        and credited is None
        and (len(items) < ITEMS_MIN or not all(_is_item(r, draft, i) for i in items))
    ):
        return [draft]
    out: list[Draft] = []
    credits = all(r.shapes[i] in _CREDIT_SHAPES for i in kept)  # the article above's, kept
    if (
        kept
        and not credits
        and not any(ends_sentence(without_spaces(r.blocks[i].plain)) for i in kept)
    ):
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
    if headed is not None:  # items each printing a head of its own over its text
        return [*out, *(Draft(index=0, roles={h: "headline"}, body=text) for h, text in headed)]
    if photo:  # one photo's caption and credit under the box's label
        return [*out, Draft(index=0, body=items, closed=True)]
    if credited is not None:  # items each closed by their correspondent's credit
        return [
            *out,
            *(_item_draft(r, i, c) for i, c in credited),
        ]
    out += [_item_draft(r, i) for i in items]
    return out


def _headed_items(r: Reader, draft: Draft, items: list[int]) -> list[tuple[int, list[int]]] | None:
    """A digest's items that each print a head over their text (``某区：劳模疗休养启程``
    over ``近日，…``): each head one short line that ends no sentence, each text running
    text that ends its sentences. None when ``items`` are not all of that shape. After a
    digest's title inside an article, the article ended at the title."""
    out: list[tuple[int, list[int]]] = []
    for i in items:
        if i in draft.roles:
            return None
        compact = without_spaces(r.blocks[i].plain)
        if r.shapes[i] is Shape.BODY and ends_sentence(compact) and out:
            out[-1][1].append(i)
        elif _item_head(r.blocks[i], compact):
            out.append((i, []))
        else:
            return None
    return out if out and all(text for _, text in out) else None


def _credited_items(
    r: Reader, draft: Draft, items: list[int]
) -> list[tuple[int, int | None]] | None:
    """A digest's unmarked items under its title, some or all closed by their
    correspondent's credit (``简讯`` / ``5月3日，某区总工会…。`` / ``（某某）``): a credit
    makes its item a closed one, so one such item is an item too, not the last paragraph
    of the article the title follows. None unless every block is an item or the credit
    right after one, and one credit at least is printed."""
    out: list[tuple[int, int | None]] = []
    for i in items:
        if out and out[-1][1] is None and i == out[-1][0] + 1 and _is_credit(r, i):
            out[-1] = (out[-1][0], i)
        elif _is_item(r, draft, i):
            out.append((i, None))
        else:
            return None
    return out if any(credit is not None for _, credit in out) else None


def _is_credit(r: Reader, i: int) -> bool:
    return r.shapes[i] is Shape.END_CREDIT


def _byline(credit: int | None) -> dict[int, str]:
    return {} if credit is None else {credit: "byline"}


def _item_draft(r: Reader, item: int, credit: int | None = None) -> Draft:
    """An item's article: its paragraph and its credit; a paragraph opened by a dateline
    keeps the dateline's role (the paper's own item, however short)."""
    if r.shapes[item] is not Shape.DATELINE:
        return Draft(index=0, roles=_byline(credit), body=[item], closed=True, hint="item")
    roles = {item: "dateline", **_byline(credit)}
    return Draft(index=0, roles=roles, closed=True, hint="item", texted=True)


def _photo_item(r: Reader, draft: Draft, items: list[int]) -> bool:
    """What follows a digest's title inside an article is one photo: its caption, a
    paragraph ending its sentence, then the photographer's credit (``图片新闻`` / ``5月3日，
    某区总工会…。`` / ``某某 摄``) — photo news of its own, not more of the article."""
    if len(items) != 2 or any(i in draft.roles for i in items):
        return False
    caption, credit = items
    return (
        r.shapes[caption] is Shape.BODY
        and ends_sentence(without_spaces(r.blocks[caption].plain))
        and r.shapes[credit] is Shape.CREDIT
    )


def _item_head(block, compact: str) -> bool:
    return (
        len(block.lines) == 1
        and len(compact) <= HEAD_MAX
        and not ends_sentence(compact)
        and not compact.endswith(("：", ":"))
    )


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


def _without_date_after(text: str) -> str:
    """``text`` without the date a list of teasers prints after each
    (``…部署2024年重点任务。2024-03-01``, ``…参加。[2024-03-08]``): the list's, not the
    item's sentence, so the sentence before it still ends the item."""
    match = _DATE_AFTER_RE.search(text)
    return text[: match.start()] if match and match.start() else text


#: A printed date (:data:`printed_dates.DATE_RE`) closing a line, bracketed or not.
_DATE_AFTER_RE = re.compile(rf"[\[【(（]?(?:{DATE_RE.pattern})[\]】)）]?$")


def _is_item(r: Reader, draft: Draft, i: int) -> bool:
    """Block ``i`` is a digest's item: a short paragraph of text, no head of the article,
    opening like a news item and ending its sentence (a date a list prints after it
    apart). A brief may open with the paper's bare dateline (``本报讯 9月6日，…``), the
    column's first item as often as not: its shape is a dateline's, the item one still."""
    text = _without_date_after(without_spaces(r.blocks[i].plain))
    return (
        r.shapes[i] in _ITEM_SHAPES
        and draft.roles.get(i, "dateline") == "dateline"
        and len(text) <= ITEM_MAX
        and opens_with_news_lead(text)
        and ends_sentence(text)
    )
