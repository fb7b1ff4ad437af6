"""A captioned photo that closes an item but shows another place: a photo item of its own.

An e-paper page often sets a photo with its caption and credit after the last item of a
column (``图为某县一家企业的职工在…`` / ``本报记者 某某`` / ``通讯员 某某 摄``). Photos of a
report's own event are its captions; a photo whose caption names a county or a city the
item above never names is another story, an item of its own with no headline (the
annotation's rule: a photo item with a subject of its own is an article). A place the
caption shares with the item, or no place at all (``图为会议现场``), keeps it the item's.
The same holds under a brief whose one paragraph runs on after its dateline (``本报讯 8月8日，
…``), and for a caption printed as a paragraph with no ``图为``, one sentence opening with
its day over a photographer's credit (``8月10日，某县…。`` / ``某某 摄``).
"""

from __future__ import annotations

import re

from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import PHOTO_CREDITS, Shape
from gonghui_build.text import places
from gonghui_build.text.chars import FULL_WIDTH_STOPS, without_spaces
from gonghui_build.text.numbers import MONTH_OR_DAY

#: Shapes of the item's own text, one of which must stand right before the caption.
_TEXTS = (Shape.BODY, Shape.DATELINE, Shape.ITEM)
#: Levels of the places a caption names that give it a subject of its own (a province is
#: too wide: a county's report names its province's photo only as background).
_LEVELS = (places.PREFECTURE, places.COUNTY)


def free_other_place_photos(r: Reader) -> None:
    """Each article closed by a credited caption naming a place its own text never names
    gives that photo up as an article of its own (the caption its text); a news item
    closed by two such photos in a row gives up each."""
    out: list[Draft] = []
    for draft in r.articles:
        out.append(draft)
        for photo in _other_place_photos(r, draft):
            draft.body = [i for i in draft.body if i not in photo]
            r.reshape(photo[0], Shape.BODY)  # the item's text: a photo and its caption
            out.append(Draft(index=0, body=photo, closed=True))
    r.articles[:] = out
    r.renumber()


#: Most photos in a row after a news item read as items of their own: more are a
#: gallery of the item's own event, or of a photo page's.
_RUN_MAX = 2


def _other_place_photos(r: Reader, draft: Draft) -> list[list[int]]:
    """The captions and credit lines that end ``draft``, in page order, when they follow
    the article's text right after a paragraph of it, are credited, and each names a
    place the article does not. One photo may close any article; two in a row (caption,
    credit, caption, credit) only a news item, its dateline saying the text is a report
    of its own and no gallery's lead."""
    body = sorted(draft.body)
    runs: list[int] = []  # where each photo starts in ``body``, the last photo first
    end = len(body)
    while len(runs) < _RUN_MAX and (start := _photo_start(r, body, end)) is not None:
        runs.append(start)
        end = start
    dated = any(role == "dateline" for role in draft.roles.values())
    for count in range(len(runs) if dated else min(len(runs), 1), 0, -1):
        first = runs[count - 1]
        if not _after_text(r, draft, body, first):
            continue  # one of a gallery's photos, or a photo with no text before it
        article = _text_before(r, draft, body, first)
        if all(_other_place(r, body[start], article) for start in runs[:count]):
            stops = [*runs[:count][::-1][1:], len(body)]
            return [body[a:b] for a, b in zip(runs[:count][::-1], stops, strict=True)]
    return _after_own_photo(r, draft, body, runs) if dated else []


def _after_own_photo(r: Reader, draft: Draft, body: list[int], runs: list[int]) -> list[list[int]]:
    """A news item closed by its own photo and then by another place's (``图为区总工会…`` /
    ``本报记者 某某 摄`` / ``图为某县…`` / ``通讯员 某某 摄``): the first photo, right after
    the item's text and naming no place of its own, is the item's caption; the second,
    naming a place neither the item nor that caption names, is an item of its own."""
    if len(runs) != _RUN_MAX:
        return []
    last, own_photo = runs
    if not _after_text(r, draft, body, own_photo):
        return []
    item = _text_before(r, draft, body, own_photo)
    if _other_place(r, body[own_photo], item):
        return []
    with_caption = item + without_spaces(r.blocks[body[own_photo]].plain)
    return [body[last:]] if _other_place(r, body[last], with_caption) else []


def _after_text(r: Reader, draft: Draft, body: list[int], first: int) -> bool:
    """The photo starting at ``body[first]`` follows a paragraph of the article's text (or
    its dateline's), not another photo (a gallery's photos are one post's)."""
    before = body[first - 1] if first else _texted_dateline(draft)
    return before is not None and r.shapes[before] in _TEXTS


def _text_before(r: Reader, draft: Draft, body: list[int], first: int) -> str:
    """The article's words before the photo starting at ``body[first]``, its head's too."""
    own = sorted([*draft.roles, *body[:first]])
    return "".join(without_spaces(r.blocks[i].plain) for i in own)


def _photo_start(r: Reader, body: list[int], end: int) -> int | None:
    """Where the photo (a caption, then its credit lines) ending at ``end`` of ``body``
    starts, if one does."""
    tail = end
    while tail and r.shapes[body[tail - 1]] in PHOTO_CREDITS:
        tail -= 1
    if tail == end or not tail:
        return None
    if r.shapes[body[tail - 1]] is not Shape.CAPTION and not _dated_caption(r, body, tail, end):
        return None
    return tail - 1


def _other_place(r: Reader, caption: int, article: str) -> bool:
    """The caption names a prefecture or a county that ``article`` never names."""
    return place_names_other(without_spaces(r.blocks[caption].plain), article)


def county_mentions(text: str) -> list[places.PlaceMention]:
    """The prefectures and counties ``text`` names in full."""
    return [
        mention
        for mention in places.find_places(text)
        if mention.full and any(d.level in _LEVELS for d in mention.divisions)
    ]


def place_names_other(line: str, article: str) -> bool:
    """``line`` names a prefecture or a county (in full) that ``article`` never names."""
    named = county_mentions(line)
    return bool(named) and not any(_names(article, mention) for mention in named)


def _names(text: str, mention: places.PlaceMention) -> bool:
    """``text`` names the place of ``mention``, in full or by a short form."""
    forms = {mention.text}
    for division in mention.divisions:
        forms.update((division.name, *division.short))
    return any(form in text for form in forms)


def _texted_dateline(draft: Draft) -> int | None:
    """The dateline of a brief whose whole text runs on after it (``本报讯 8月8日，…``),
    held among the head's roles, not the body: that brief's only paragraph, which the
    photo after it may follow."""
    if not draft.texted:
        return None
    return next((i for i, role in draft.roles.items() if role == "dateline"), None)


#: A photo's caption printed as a paragraph: one sentence that opens with the day the
#: photo was taken (``8月10日，某县…``), as e-papers caption a photo item of its own.
_DATED_CAPTION_RE = re.compile(
    rf"^{MONTH_OR_DAY}月{MONTH_OR_DAY}日[，,][^{FULL_WIDTH_STOPS}]+[{FULL_WIDTH_STOPS}]$"
)


def _dated_caption(r: Reader, body: list[int], tail: int, end: int) -> bool:
    """The paragraph before the credit lines closing an article is a photo's caption
    though it prints no ``图为``: one sentence opening with its day, under a photographer's
    credit (``某某 摄``, ``某某 图``) or its agency's (``新华社发``); the day opening it may
    have made it a dated brief's shape. Whether it is another story is for its places to say."""
    text = without_spaces(r.blocks[body[tail - 1]].plain)
    return (
        r.shapes[body[tail - 1]] in (Shape.BODY, Shape.ITEM)  # a day opens it as an item
        and any(r.shapes[i] is Shape.CREDIT for i in body[tail:end])  # 某某 摄, 新华社发
        and dated_caption_text(text)
    )


def dated_caption_text(compact: str) -> bool:
    """``compact`` (a paragraph without its blanks) is one sentence that opens with its
    day (``8月10日，某县…。``): a photo's caption printed as a paragraph."""
    return bool(_DATED_CAPTION_RE.match(compact))
