"""Photos a copy prints before the head of the article they illustrate.

A page may open with a photo or two and their captions, each closed by its credit
(``3月8日，某区总工会…活动。某某 摄``), and only then print the title and the text of
the article: the captions are that article's, not an article of their own. A web copy may also
print its photos' captions with no credits, one short sentence a line, over the item's
dateline and no title at all (``某某大会开场舞蹈。`` / ``某某致辞。`` / ``某报消息（记者…）…``).
An e-paper page may print the photo between the title and the dateline: the captions
under the headline, then ``本报讯（记者…）…``: one article, not a photo item and a news item.
"""

from __future__ import annotations

from gonghui_build.layout.context import has_own_photo_credit
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape, one_short_sentence
from gonghui_build.text.chars import without_spaces

_TEXTS = (Shape.BODY, Shape.ITEM)
_PHOTO = (Shape.CAPTION, Shape.CREDIT)


def captions_only(r: Reader, cur: Draft | None) -> bool:
    """The page's first draft holds no head and nothing but photos' captions, each
    closed by its credit (``3月8日，某区总工会…活动。某某 摄``): the photos a copy prints
    before the title of the article they illustrate, not an article of their own."""
    if cur is None or len(r.articles) != 1 or cur.roles or not cur.body:
        return False
    return _credited_captions_only(r, cur)


def _credited_captions_only(r: Reader, cur: Draft) -> bool:
    """Every block of the draft's body is a caption or a credit, or a line of text
    closed by its own photo credit."""
    return all(
        r.shapes[j] in (Shape.CAPTION, Shape.CREDIT)
        or (r.shapes[j] in _TEXTS and has_own_photo_credit(r.blocks, r.shapes, j))
        for j in cur.body
    )


def start_under_captions(r: Reader, limit: int) -> Draft:
    """The article headed by the display lines waiting, its photos' captions (printed
    over its head) its own."""
    captions = r.articles.pop().body
    for j in captions:
        if r.shapes[j] in _TEXTS:
            r.reshape(j, Shape.CAPTION)  # a caption, though it reads as a sentence
    draft = r.start(r.take_pending(), limit)
    draft.body[:0] = captions
    return draft


#: Fewest uncredited caption lines over a dateline: one short sentence alone may be a
#: lead or a summary.
BARE_CAPTIONS_MIN = 2


def captions_over_dateline(r: Reader, cur: Draft | None) -> bool:
    """The page's first draft holds no head and only lines of one short sentence each
    (two or more), and a dateline follows: the photos' captions a web copy prints over
    the item's dateline, not an article of their own."""
    if cur is None or len(r.articles) != 1 or cur.roles or len(cur.body) < BARE_CAPTIONS_MIN:
        return False
    return all(
        r.shapes[j] in (*_TEXTS, Shape.CAPTION)
        and len(r.blocks[j].lines) == 1
        and one_short_sentence(without_spaces(r.blocks[j].plain))
        for j in cur.body
    )


def take_captions(r: Reader, cur: Draft) -> None:
    """The lines over the dateline read as its photos' captions, though each reads as a
    sentence."""
    for j in cur.body:
        r.reshape(j, Shape.CAPTION)


def captions_under_head(r: Reader, cur: Draft | None) -> bool:
    """The open article holds a headline and, under it, nothing but its photos' captions
    and their credits (``图为…现场。 本报记者 某某 摄``), and a dateline follows with no
    head of its own: the photo printed between the title and the text, one article. A
    draft whose dateline opened its text already (``本报讯（通讯员 某某）9月6日，…`` / ``某某
    摄``) printed its photo after the text: the dateline after that credit opens an item
    of its own, headless, as one after a caption under a longer text does."""
    if cur is None or cur.closed or cur.headline is None or not cur.body or cur.texted:
        return False
    return _credited_captions_only(r, cur)


def keep_captions(r: Reader, cur: Draft) -> None:
    """The lines with their own credit under the head read as captions, though each
    reads as a sentence (``9月20日，选手在决赛中。 某某 摄``)."""
    for j in cur.body:
        if r.shapes[j] in _TEXTS:
            r.reshape(j, Shape.CAPTION)


def lone_photo_item(r: Reader) -> None:
    """A page that prints nothing but a photo: its caption (``图为某区…现场。``) and its
    credit (``某某 摄``) before any head or text. Read as what stands before the page's
    first article, they were left to the page, and the page gave no article; with no
    article after them they are a photo item of their own, the page's one article."""
    if r.articles or r.pending:
        return
    photo = sorted(i for i, role in r.page_roles.items() if role == "preamble")
    kinds = {r.shapes[i] for i in photo}
    if Shape.CAPTION not in kinds or Shape.CREDIT not in kinds or kinds - {*_PHOTO, *_TEXTS}:
        return
    for i in photo:
        del r.page_roles[i]
    r.start([], 0).body += photo
