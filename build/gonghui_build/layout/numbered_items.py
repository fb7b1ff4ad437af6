"""A bulletin's news items under numbered heads.

A union's work bulletin (工作简报) or a digest may number its items and print each one's
head over its text: ``一、某州总工会召开七届五次全委会`` / ``6月15日，某州总工会召开…``. The
layout reads a numbered line as a section heading inside one article (a gazetteer's
``一、组织沿革``, a report's ``二、主要做法``); but a digest's item is an article of its own,
whatever marks it (a bullet, a number), and its head is its headline. The heads of such
items read as news heads: each names, first, the body or place whose doing its text's
first sentence reports (``某州总工会``, ``凯里市总工会``), and each text opens like a news
item (``6月15日，…``, ``近日，…``). A report's or a gazetteer's parts name a subject matter
(``一、组织建设``) and their texts run on, so they stay sections of one article.

A digest's title over the numbered items (``工会要闻速递`` / ``一、某州总工会召开…`` /
``3月8日，…``) is read first as the headline of the run it stands over; it names the
items' column, no item, so it heads none of them and is the page's, as the title over a
digest's bulleted or unmarked items is (``ANNOTATION.md``: each digest item, a number among
its marks, is an article). A credit closing the last item (``（供稿：某某）``) is its byline.
"""

from __future__ import annotations

import re

from gonghui_build.layout.cues import NUMBERED_RE
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.display import (
    SUBJECT_ENDS,
    SUBJECT_MIN,
    SUBJECT_REACH,
    opens_with_news_lead,
)
from gonghui_build.layout.end_credits import is_credit_line, is_keyed_credit
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Fewest numbered items that make a bulletin: one numbered part is no list of items.
ITEMS_MIN = 2
#: Fewest characters of what a news head says after its subject (``召开全委会``).
PREDICATE_MIN = 2
_TEXTS = (Shape.BODY, Shape.DATELINE)
#: What an item may print under its one paragraph: its credit, its photo's caption.
_CLOSING = (Shape.END_CREDIT, Shape.CREDIT, Shape.CAPTION)


def split_numbered_items(r: Reader) -> None:
    """Each article made of a bulletin's numbered news items becomes one article per item,
    headed by its numbered head."""
    out: list[Draft] = []
    for draft in r.articles:
        out += _split(r, draft)
    r.articles[:] = out
    r.renumber()


def _split(r: Reader, draft: Draft) -> list[Draft]:
    """The draft's items, or the draft itself when its body is no run of numbered news
    items (each a numbered head over one paragraph of text)."""
    opening = [i for i, role in draft.roles.items() if role == "section_heading"]
    title = _digest_title(r, draft)
    credits = _closing_credits(draft)
    if len(opening) + len(credits) + (title is not None) != len(draft.roles):
        return [draft]  # under a title of its own: a report's numbered parts, left whole
    body = sorted([*opening, *credits, *draft.body])  # a numbered head first read as a section's
    heads = [i for i in body if _numbered_head(r, i)]
    if len(heads) < ITEMS_MIN or body[0] != heads[0]:
        return [draft]
    items = [body[body.index(h) : (body.index(n) if n else len(body))] for h, n in _pairs(heads)]
    if not all(_news_item(r, item) for item in items):
        return [draft]
    if title is not None:
        r.page_roles[title] = "furniture"  # the digest's title: the page's, no item's head
    credits += [i for i in draft.body if _credit_line(r, i)]
    return [_item_draft(item, credits) for item in items]


def _closing_credits(draft: Draft) -> list[int]:
    """The bylines the draft's head roles hold after all its text: the last item's
    closing credit (``（供稿：某某）``)."""
    last = max([*draft.body, *draft.roles], default=-1)
    return [i for i, role in draft.roles.items() if role == "byline" and i == last]


def _item_draft(item: list[int], credits: list[int]) -> Draft:
    """One numbered item as an article: its head the headline, a credit closing it its
    byline, the rest its text."""
    roles = {item[0]: "headline", **{i: "byline" for i in item[1:] if i in credits}}
    return Draft(0, roles, [i for i in item[1:] if i not in credits], closed=True)


def _digest_title(r: Reader, draft: Draft) -> int | None:
    """The draft's headline when it names a digest (``工会要闻速递``) and stands right over
    the draft's first numbered head, nothing between."""
    head = draft.headline
    if head is None or not names_a_digest(r.blocks[head].plain):
        return None
    rest = sorted(i for i in [*draft.roles, *draft.body] if i != head)
    return head if rest and rest[0] == head + 1 else None


def _pairs(heads: list[int]) -> list[tuple[int, int | None]]:
    return [(h, heads[k + 1] if k + 1 < len(heads) else None) for k, h in enumerate(heads)]


def _numbered_head(r: Reader, i: int) -> bool:
    text = without_spaces(r.blocks[i].plain)
    return r.shapes[i] is Shape.DISPLAY and bool(NUMBERED_RE.match(text))


def _news_item(r: Reader, item: list[int]) -> bool:
    """A numbered head over one paragraph that opens like news and names first what the
    head names first."""
    texts = [i for i in item[1:] if r.shapes[i] in _TEXTS and not _credit_line(r, i)]
    if len(texts) != 1 or not all(_closing(r, i) for i in item[1:] if i not in texts):
        return False
    head = NUMBERED_RE.sub("", without_spaces(r.blocks[item[0]].plain), count=1)
    text = without_spaces(r.blocks[texts[0]].plain)
    return opens_with_news_lead(text) and _names_its_subject(head, text)


def _closing(r: Reader, i: int) -> bool:
    """What an item may print after its text: a credit, a caption, a keyed credit in
    brackets (``（供稿：某某）``, a display line by its shape)."""
    return r.shapes[i] in _CLOSING or _credit_line(r, i)


def _credit_line(r: Reader, i: int) -> bool:
    """A block that is nothing but a credit (``（某某）``, ``（供稿：某某）``): the page may
    set an item's closing credit on a line of its own, shaped as text."""
    plain = r.blocks[i].plain
    return is_credit_line(plain) or is_keyed_credit(plain)


def _names_its_subject(head: str, text: str) -> bool:
    """The text's first sentence names the body or place the head opens with, and the
    head says something of it (``某州总工会`` / ``召开全委会``); the head may be said again
    whole there, as a bulletin's items often are. A head that is a body's name alone
    (``一、县总工会``) is a gazetteer's part."""
    sentence = re.split(r"[。！？!?；;]", text[:SUBJECT_REACH], maxsplit=1)[0]
    for k in range(SUBJECT_MIN, len(head) - PREDICATE_MIN + 1):
        if head[k - 1] in SUBJECT_ENDS and head[:k] in sentence:
            return True
    return False
