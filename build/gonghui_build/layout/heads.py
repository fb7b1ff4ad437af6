"""Where articles start, and the parts of their heads.

The page is read once, top to bottom. Display lines (short, no sentence end) wait until
what follows them says what they are:

* an **anchor** — a byline (``□本报记者 …``) or a dateline (``本报讯（记者 …）``) — makes
  the display lines just above it the new article's head (banner, kicker, headline,
  subtitle), furniture between them aside (a web copy's header lines);
* a yearbook **entry head** (``【…】``) starts an article headed by it;
* a **digest item** starts an article of its own after a digest title (``工会动态``),
  after another item, or where no article is open; otherwise it is a list in the text;
* **running text** starts an article when none is open (the page's first text, text
  after a closed article): the display lines above it are its head. An article is
  closed by the credit at its end (``（王立群）``) or by furniture printed after a text
  (an editor credit, ``下转第3版``, a web page's buttons and footer). In an open article,
  display lines above text are its section headings or captions;
* a **top-level Markdown heading** starts an article when the page marks its headlines
  that way.

What is left at the end: display lines after a closed article with no headline are its
headline (mobile copies print the title after the text); otherwise furniture.
Continuation markers flag the article they belong to: ``上接`` the one that follows,
``下转`` the one before.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.column_labels import lift_column_labels
from gonghui_build.layout.column_names import is_column_name, names_a_comment_column
from gonghui_build.layout.cues import dateline_opens_text
from gonghui_build.layout.dated_items import next_dated_item
from gonghui_build.layout.deck_summary import summary_under_head, take_summary
from gonghui_build.layout.digest_titles import is_digest_title, names_a_digest
from gonghui_build.layout.display import names_its_subject, opens_with_news_lead, restates
from gonghui_build.layout.entry_heads import entry_head_alone
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.headroles import lone_article_head
from gonghui_build.layout.heads_digests import (
    digest_title_alone,
    digest_title_over_datelines,
    items_follow,
    pair_head,
    site_name_over_item,
    start_pair,
)
from gonghui_build.layout.heads_trailing import TRAILING_TITLE_MIN, trailing
from gonghui_build.layout.heads_web import (
    chrome_over_web_title,
    crumb_over_title,
    index_was_head,
)
from gonghui_build.layout.index import title_key
from gonghui_build.layout.item_ends import (
    brief_under_photo,
    closes_text,
    pending_title,
    short_title_over_dated_brief,
    signed_text_after_credited_item,
    titled_photo_item,
    titled_with_dashed_deck,
    unit_heads_item,
)
from gonghui_build.layout.listed_heads import listed_head
from gonghui_build.layout.notes import (
    afterword,
    further_mark_alone,
    further_report,
    note_under_head,
    noted_head,
    only_notes,
    preface_after_text,
)
from gonghui_build.layout.parts import next_section, numbered_part
from gonghui_build.layout.photos_first import (
    captions_only,
    captions_over_dateline,
    captions_under_head,
    keep_captions,
    lone_photo_item,
    start_under_captions,
    take_captions,
)
from gonghui_build.layout.posted_names import roster_after_entry
from gonghui_build.layout.reader import NEW_HEAD_MIN, Draft, Reader, section_like
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS

ANCHORS = (Shape.BYLINE, Shape.DATELINE)
#: Display lines an anchor takes as its head (byline: banner, kicker, headline, subtitle).
HEAD_LIMIT = {Shape.BYLINE: 4, Shape.DATELINE: 3}
HEAD_LIMIT_TEXT = 3


def _furniture(r: Reader, i: int) -> None:
    r.page_roles[i] = "furniture"
    kind = furniture_kind(r.blocks[i].plain.replace("\n", " "))
    cur = r.current
    if next_dated_item(r, cur, i):
        assert cur is not None
        cur.closed = True  # a list's next title over its own date row: the item above ended
    closing = kind is not None and kind.closing
    if (closing or _column_name(r.blocks[i].plain)) and cur is not None and cur.has_body:
        cur.closed = True  # a column's name opens the item under it: the one above ended
    if kind is None:
        return
    if kind.marker == "from":
        if cur is not None and not cur.has_body and not r.pending:
            cur.continued = True
        else:
            r.continued_next = True
            if cur is not None and cur.has_body:
                cur.closed = True  # the text after 上接 goes on another page's story
    elif kind.marker == "to" and cur is not None:
        cur.continued = True


def _column_name(text: str) -> bool:
    """A standing column's name printed over the item it holds (``读者来信``, ``劳模风采``),
    or a commentary column's cut from the title it opened (``【短评】``): a comment of its
    own follows, no part of the report above it."""
    return is_column_name(text) or names_a_comment_column(text)


def _anchor(r: Reader, i: int) -> None:
    """A byline or dateline: the head of a new article, or the second anchor of one
    (a dateline under a byline)."""
    cur = r.current
    role = "byline" if r.shapes[i] is Shape.BYLINE else "dateline"
    if digest_title_over_datelines(r, i):
        r.page_roles[r.pending.pop()] = "furniture"  # 简讯 over items with no headlines
    moved = noted_head(r, cur) if role == "dateline" and not r.pending else []
    if not r.pending and cur is not None and (not cur.has_body or only_notes(r, cur)):
        draft = cur  # under its head (and an editor's note over the text): the article's
    elif not r.pending and _opens_text(r, i, role) and captions_under_head(r, cur):
        draft = cur  # its photo printed between its title and its byline or dateline
        keep_captions(r, draft)
    elif role == "byline" and not r.pending and cur is not None and _credit_goes_on(r, cur, i):
        draft = cur  # the second line of the credit that closed the article
    elif role == "byline" and not r.pending and cur is not None and closes_text(r, cur, i):
        draft = cur  # the credit under a text signed nowhere else (本报记者 某某 文/摄)
    elif role == "dateline" and not r.pending and cur is not None and _head_run_together(r, cur):
        draft = cur  # its head printed again as one line of text, then its dateline
    elif role == "dateline" and not r.pending and captions_over_dateline(r, cur):
        draft = cur  # its photos' captions printed over the dateline, no title
        take_captions(r, draft)
    elif role == "dateline" and not r.pending and summary_under_head(r, cur, i):
        draft = cur  # a deck's subtitle of sentences over the dateline: one article
        take_summary(draft)
    elif moved:
        draft = r.start(moved[:1], HEAD_LIMIT[r.shapes[i]])
        draft.body += moved[1:]
    elif r.pending and captions_only(r, cur):
        draft = start_under_captions(r, HEAD_LIMIT[r.shapes[i]])
    elif cur is not None and not cur.has_body and cur.headline is None:
        r.articles.pop()  # a byline printed over the head as well as under it: one article
        draft = r.start(r.take_pending(), HEAD_LIMIT[r.shapes[i]])
        draft.roles = {**cur.roles, **draft.roles}
    else:
        draft = r.start(r.take_pending(), HEAD_LIMIT[r.shapes[i]])
    draft.roles[i] = role
    draft.texted = draft.texted or dateline_opens_text(r.blocks[i].plain)


def _opens_text(r: Reader, i: int, role: str) -> bool:
    """A dateline, or a byline with a dateline right under it (``某报记者 某某 报道`` /
    ``某报某日讯 …``): the anchor the text under a head's photo opens with."""
    if role == "dateline":
        return True
    after = next(
        (j for j in range(i + 1, len(r.shapes)) if r.shapes[j] is not Shape.FURNITURE), None
    )
    return after is not None and r.shapes[after] is Shape.DATELINE


def _head_run_together(r: Reader, cur: Draft) -> bool:
    """The open article's only text opens with its headline (``某某登台讲述…某某到会并讲话
    首席记者 某某``): a copy that ran its head's lines (headline, subtitle, credit)
    together into one line of text under the title. A dateline under it opens the
    article's text, no new article."""
    head = cur.headline
    if head is None or len(cur.body) != 1 or cur.closed:
        return False
    title = without_spaces(r.blocks[head].plain)
    text = without_spaces(r.blocks[cur.body[0]].plain)
    return len(title) >= TRAILING_TITLE_MIN and len(text) > len(title) and text.startswith(title)


def _further_report(r: Reader, cur: Draft, i: int) -> bool:
    """A ``又讯`` paragraph under an article with a headline of its own; in a digest of
    headless briefs it is one more brief."""
    return cur.headline is not None and further_report(r, i)


def _further_report_mark(r: Reader, i: int) -> bool:
    """``又讯`` alone on its line under an article with a headline, no head between: read
    as the further report's text (:func:`_text`), so the article goes on, not as a head."""
    cur = r.current
    return (
        cur is not None
        and not r.pending
        and further_mark_alone(r, i)
        and _further_report(r, cur, i)
    )


def _credit_goes_on(r: Reader, cur: Draft, i: int) -> bool:
    """A byline right under the credit that closed an article, no head between
    (``■某报记者 某某`` / ``通讯员 某某``): the credit's second line, no new article."""
    before = i - 1
    while before >= 0 and r.shapes[before] is Shape.FURNITURE:
        before -= 1
    return cur.closed and cur.roles.get(before) == "byline" and r.shapes[before] is Shape.END_CREDIT


def _item(r: Reader, i: int) -> None:
    cur = r.current
    listed = listed_head(r)  # a title the index lists opens an item of its own
    pending = r.take_pending()
    titled = (
        bool(pending)
        and is_digest_title(r.blocks[pending[-1]].plain)
        and (
            names_a_digest(r.blocks[pending[-1]].plain)
            or section_like(title_key(r.blocks[pending[-1]].plain))
            or (cur is not None and cur.hint == "item")  # a digest running on
            or items_follow(r, i)
        )
    )
    if titled:
        for j in pending:
            r.page_roles[j] = "furniture" if j == pending[-1] else "banner"
        pending = []
    elif site_name_over_item(r, pending, i):
        for j in pending:
            r.page_roles[j] = "banner"
        pending = []
    free = cur is None or cur.closed or cur.hint == "item" or listed
    if titled or (free and not pending):
        r.start([], 0, hint="item").body.append(i)
    elif free:
        r.start(pending, HEAD_LIMIT_TEXT).body.append(i)
    else:
        assert cur is not None
        cur.body += [*pending, i]


def _text(r: Reader, i: int) -> None:
    """Running text, a caption or a credit."""
    cur = r.current
    forced = any(r.blocks[j].heading_level == r.top_level and r.top_level for j in r.pending)
    if cur is not None and not r.pending and (afterword(r, cur, i) or _further_report(r, cur, i)):
        cur.body.append(i)  # a reply under a letter, an afterword: the article goes on
        cur.closed = False
        return
    if cur is not None and cur.closed and not r.pending and r.shapes[i] is not Shape.BODY:
        cur.body.append(i)  # a photo and its caption after the item's credit: the item's
        return
    if pair_head(r, cur, i):
        start_pair(r, i)
        return
    if chrome_over_web_title(r, cur):
        crumb = crumb_over_title(r)
        above = [j for j in r.pending if crumb is not None and j < crumb]
        for j in [*r.articles.pop().body, *above]:
            r.page_roles[j] = "furniture"  # a site's menu, read as text over the title
        r.pending = [j for j in r.pending if j not in above]
        cur = None
    if (cur is None or cur.closed) and digest_title_alone(r):
        r.page_roles[r.pending.pop()] = "furniture"  # 工会动态 over items with no bullets
    if r.pending and r.shapes[i] is Shape.BODY and captions_only(r, cur):
        start_under_captions(r, HEAD_LIMIT_TEXT).body.append(i)
        return
    if note_under_head(r, i):
        label = r.pending.pop()
        r.start(r.take_pending(), HEAD_LIMIT_TEXT).body += [label, i]
        return
    if cur is None or cur.closed or (cur.has_body and (forced or _new_head(r, cur, i))):
        if r.pending or r.shapes[i] is Shape.BODY or cur is not None:
            r.start(r.take_pending(), HEAD_LIMIT_TEXT).body.append(i)
        else:
            r.page_roles[i] = "preamble"
        return
    cur.body += [*r.take_pending(), i]


def _new_head(r: Reader, cur: Draft, i: int) -> bool:
    """Display lines over text inside an open article start a new one when they hold a
    title the page lists elsewhere (its index), or when a news item (no byline) is
    followed by a headline over another news lead."""
    if not r.pending:
        return preface_after_text(r, cur, i)  # 编者按 after a text opens what follows
    if listed_head(r):
        return True
    if r.shapes[i] is Shape.BODY and brief_under_photo(r, i):
        return True
    if next_section(r, cur):
        return True
    if roster_after_entry(r, cur, i) or entry_head_alone(r, cur, i):
        return True
    if _ORDINAL_HEAD_RE.match(r.blocks[r.pending[-1]].plain.strip()):
        return False  # 二、…: the next numbered part of the same text
    if len(r.pending) == 2 and names_a_comment_column(r.blocks[r.pending[0]].plain):
        return r.shapes[i] is Shape.BODY  # 短评 / its title / its text: a comment of its own
    if titled_with_dashed_deck(r, i) or signed_text_after_credited_item(r, cur, i):
        return True  # 标题 / ——记某某 (or a □signature under it) / its text: one of its own
    if r.shapes[i] is not Shape.BODY:
        return False
    if len(r.pending) == 1 and names_its_subject(r.blocks[r.pending[0]].plain, r.blocks[i].plain):
        return True
    if "byline" in cur.roles.values():
        return False
    if numbered_part(r, cur):
        return False
    first = _first_text(r, cur)
    news = "dateline" in cur.roles.values() or (
        first is not None and opens_with_news_lead(r.blocks[first].plain)
    )
    if news and titled_photo_item(r, cur, i):
        return True
    title = pending_title(r)
    if len(title) < NEW_HEAD_MIN:
        return unit_heads_item(r, i) or short_title_over_dated_brief(r, cur, i)
    text = r.blocks[i].plain
    return (news and opens_with_news_lead(text)) or restates(title, text)


def _first_text(r: Reader, cur: Draft) -> int | None:
    """The first block of running text in an article's body (kept once found: the body
    only grows at its end)."""
    if cur.first_text is None:
        cur.first_text = next(
            (j for j in cur.body if r.shapes[j] in (Shape.BODY, Shape.DATELINE)), None
        )
    return cur.first_text


def _end_credit(r: Reader, i: int) -> None:
    cur = r.current
    if cur is None:
        r.page_roles[i] = "furniture"
        return
    cur.body += r.take_pending()
    cur.roles[i] = "byline"
    cur.closed = True


def read_page(
    blocks: list[Block],
    shapes: list[Shape],
    skip: set[int],
    top_level: int,
    titles: frozenset[str] = frozenset(),
) -> Reader:
    """Articles and page-level blocks of a page (blocks in ``skip`` are left out)."""
    r = Reader(blocks, shapes, top_level, titles)
    for i, shape in enumerate(shapes):
        if i in skip:
            continue
        if shape is Shape.FURNITURE:
            _furniture(r, i)
        elif shape in DISPLAY_SHAPES and not _further_report_mark(r, i):
            r.pending.append(i)
        elif shape is Shape.ENTRY:
            for j in r.take_pending():
                r.page_roles[j] = "banner"
            r.start([i], 1, hint="entry")
        elif shape in ANCHORS:
            _anchor(r, i)
        elif shape is Shape.ITEM:
            _item(r, i)
        elif shape is Shape.END_CREDIT:
            _end_credit(r, i)
        else:
            _text(r, i)
    lone_photo_item(r)
    trailing(r)
    index_was_head(r)
    lift_column_labels(r)
    if len(r.articles) == 1:
        r.articles[0].roles = lone_article_head(blocks, shapes, r.articles[0].roles)
    for draft in r.articles:
        _ordinal_not_headline(blocks, draft)
    return r


#: A section's number (一、 二、 … 十、): a report's section heading opens with it.
_ORDINAL_HEAD_RE = re.compile(rf"^[{TEN_NUMERALS}]{{1,2}}、")


def _ordinal_not_headline(blocks: list[Block], draft: Draft) -> None:
    """``一、大会概况`` first on a page whose title the copy left out: a section heading
    of the text, not the article's headline — no headline opens with a section number."""
    head = draft.headline
    if head is not None and _ORDINAL_HEAD_RE.match(blocks[head].plain.strip()):
        draft.roles[head] = "section_heading"
