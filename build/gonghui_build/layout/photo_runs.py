"""Untitled photo items in a row: each photo with its caption and credit is an item.

A photo page (an e-paper's 图片新闻 box) sets several photos one after another, none with
a headline: a caption printed as a paragraph that reads as a news item's text, opening
with the day the photo was taken (``7月20日，某区总工会…。``) or like an item (``近日，…``,
``某区总工会日前…``), then the credit lines (``本报记者 某某 摄``, ``/ 某区总工会 供图``).
With no head between them they were read as one article. A credit closes a photo as a
byline closes an item, and the next such caption opens the next one: when an untitled
article is all such photos, two or more, each is an article of its own (the annotation's
rule: a photo item with a subject of its own is an article). A photo under a headline,
or after text of an article's own, stays that article's (:mod:`caption_items` asks
whether it shows another place).
"""

from __future__ import annotations

from gonghui_build.layout.caption_items import dated_caption_text
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.photo_news import PHOTO_PAGE_MIN
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import PHOTO_CREDITS, Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Shapes of a photo's caption printed as a paragraph (a day opens it as a dated item).
_CAPTIONS = (Shape.BODY, Shape.ITEM, Shape.CAPTION)
#: Roles a run of untitled photos may hold besides its text: the credits'.
_CREDIT_ROLES = frozenset({"byline", "photo_credit"})


def split_photo_runs(r: Reader) -> None:
    """Each untitled article made of captions, each over its credit lines, becomes
    one article per photo."""
    out: list[Draft] = []
    for draft in r.articles:
        photos = _photos(r, draft)
        if photos is None:
            out.append(draft)
            continue
        for photo in photos:
            r.reshape(photo[0], Shape.BODY)  # the item's text: the photo's caption
            out.append(Draft(index=0, body=photo, closed=True))
    r.articles[:] = out
    r.renumber()


def _photos(r: Reader, draft: Draft) -> list[list[int]] | None:
    """The photos ``draft`` is made of (each its caption, then its credit lines), or
    ``None`` when it holds anything else or fewer than two."""
    if draft.continued or any(role not in _CREDIT_ROLES for role in draft.roles.values()):
        return None
    photos: list[list[int]] = []
    for i in sorted([*draft.roles, *draft.body]):
        if r.shapes[i] in PHOTO_CREDITS and photos:
            photos[-1].append(i)
        elif (
            r.shapes[i] in _CAPTIONS
            and _reads_as_item(r, i)
            and (not photos or len(photos[-1]) > 1)
        ):
            photos.append([i])
        else:
            return None
    if len(photos) < PHOTO_PAGE_MIN or any(len(photo) < 2 for photo in photos):
        return None
    return photos


def _reads_as_item(r: Reader, i: int) -> bool:
    """A caption that reads as a news item's text: opening with its day (``7月20日，…``)
    or like a news item (``近日，某县总工会…``, ``某区总工会日前…``), ending its sentence."""
    compact = without_spaces(r.blocks[i].plain)
    news = opens_with_news_lead(compact) and ends_sentence(compact)
    return dated_caption_text(compact) or news
