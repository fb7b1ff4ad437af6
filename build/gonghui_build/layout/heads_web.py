"""Where a web copy's title sits among the display lines over its text.

A web page prints more than a newspaper's head over its text: a channel's or a menu's
lines, the title, its header fields (``来源：…　发布时间：…``), sometimes a subtitle
after them. The head a reader sees is not always the last lines before the text:

* a title the page prints again in its own title bar (``标题 - 频道 - 站名``) is the
  headline wherever it stands in the head; the line after it is its subtitle;
* the line printed directly above the header fields is the page's title when display
  lines follow those fields (a subtitle set under them) or when the lines above it are
  a menu (a run too long for one head); unless it is the deck of a whole headline
  printed right above it (``某某集团召开职工代表大会`` / ``某某委员会选举产生``,
  :mod:`decks`): then that headline is the title and the line its subtitle;
* the page's first line of text may be its title though too long or too punctuated
  for a display line (two commas, an exclamation and a clause after it): what is under
  it (a dateline, a byline, the header fields, a whole sentence) says so;
* a notice's attachment (``附件：某某名单``) printed after its signature is the
  notice's, not the page's furniture;
* a run of display lines read as a headline index at the top of a page that turns out
  to hold one article with no headline was its head: the first line its title.
* what was read as text before the title over the header fields is the site's chrome,
  no article, when it holds no sentence (a menu) or a breadcrumb stands between it and
  the title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import NUMBERED_RE, opens_with_label
from gonghui_build.layout.decks import title_over_deck
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.furniture import (
    POSTED_DAY,
    TIME_OF_DAY,
    is_header_field,
    names_an_institution,
)
from gonghui_build.layout.head_chrome import is_breadcrumb
from gonghui_build.layout.headroles import head_roles
from gonghui_build.layout.index import title_key
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import SENTENCE_FINAL_MARKS, ends_sentence, without_spaces

if TYPE_CHECKING:
    from gonghui_build.layout.reader import Draft, Reader

#: Shortest title read from its place over the header fields.
META_TITLE_MIN = 8


#: A web post's time stamp opening a header row (``2024-01-12 10:31:05 某某县总工会``):
#: a day's date, then the time of day; an aggregator prints the day first
#: (``12.01.2024 10:31``).
_STAMP = rf"(?:{POSTED_DAY}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}){TIME_OF_DAY}"
_STAMP_RE = re.compile(rf"^\s*{_STAMP}")
#: A post's header row naming its account (and author, and ``原创``) before the stamp, as
#: a WeChat post prints under its title (``原创 某某工会 某某市总工会 2022-09-28 17:30
#: 发表于广西``, ``某某工会 2024-07-04 08:30``): a header row as the stamp first is.
_POSTED_RE = re.compile(rf"^\s*(?:[\u4e00-\u9fffA-Za-z·]{{2,16}}\s+){{1,3}}{_STAMP}")


def over_header_field(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A display line whose next block is a header row of the page: a field
    (``来源：…``) or a post's time stamp (``2024-01-12 10:31 某某县总工会 【字体：大 中
    小】``), furniture either way. A site's mark cut off the title's line (``[图]``,
    :mod:`title_marks`) may stand between them."""
    nxt = i + 1
    while nxt < len(blocks) and blocks[nxt].cut == "mark":
        nxt += 1
    nxt += posting_account(blocks, shapes, nxt)
    if nxt >= len(blocks) or shapes[nxt] is not Shape.FURNITURE:
        return False
    row = blocks[nxt].plain
    return (
        shapes[i] is Shape.DISPLAY
        and (is_header_field(row) or bool(_STAMP_RE.match(row) or _POSTED_RE.match(row)))
        and len(title_key(blocks[i].plain)) >= META_TITLE_MIN
    )


def posting_account(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """Block ``i`` is the name of the account that posted the page, alone under its
    title: a short display line that the post's header row right under it names again
    (``某某工会`` / ``原创 某某工会 2025年12月3日 18:06 天津``). It is the site's, no
    subtitle: the title over it is the one over the header row. An account's name as
    :func:`_account_name` reads it, which the row then names again."""
    if not _account_name(blocks, shapes, i):
        return False
    name, row = without_spaces(blocks[i].plain), blocks[i + 1].plain
    return bool(name) and bool(_POSTED_RE.match(row)) and name in without_spaces(row)


def web_title(
    blocks: list[Block],
    shapes: list[Shape],
    head: list[int],
    last_run: list[int],
    titles: frozenset[str],
    indexed: bool,
) -> list[int] | None:
    """The title of a web copy's head and the subtitle after it (the head's group), when
    the title is not at the head's end: a title the page prints again above the head's
    last run, or the line over the header fields (see the module's docstring). None when
    the head's last lines are its head, as in print. A site's name printed twice at the
    top (its logo's text, then its title bar: ``某某市总工会``) is no title of the page."""
    if not head or not last_run:
        return None
    known = [
        i
        for i in head
        if i < last_run[0]
        and title_key(blocks[i].plain) in titles
        and not names_an_institution(blocks[i].plain)
    ]
    over_meta = [i for i in head if over_header_field(blocks, shapes, i)]
    if known:
        title = known[-1]
    elif over_meta and (over_meta[-1] != head[-1] or indexed):
        title = over_meta[-1]
    else:
        return None
    if shapes[title] is Shape.DASH or _items_numbered_under(blocks, head, title):
        return None
    if not known and title - 1 in head and title_over_deck(blocks, shapes, [title - 1, title]):
        return [title - 1, title]  # a whole headline over its undashed deck, then the fields
    if posting_account(blocks, shapes, title + 1) or _opening_words_under_row(
        blocks, shapes, title
    ):
        return [title]  # the post's header row (its account's name over it) under the title
    after = [i for i in head if i > title and not _numbered_part(blocks[i].plain)]
    return [title, *after[:1]]


def _opening_words_under_row(blocks: list[Block], shapes: list[Shape], title: int) -> bool:
    """The block right under the title is a post's header row naming its account before
    its stamp (``某某工会 2024年10月28日 18:06 福建``) and the line under the row ends a
    sentence (``针线之间比真功！``): the post's own opening words, no subtitle (a deck
    ends on no mark: ``首期开设十门课程`` under the row stays the subtitle)."""
    row, below = title + 1, title + 2
    return (
        below < len(blocks)
        and shapes[row] is Shape.FURNITURE
        and bool(_POSTED_RE.match(blocks[row].plain))
        and ends_sentence(without_spaces(blocks[below].plain))
    )


#: An item's number alone on its line (``01``, ``①``, ``NO.2``): a post that carries
#: several items prints it over each item's head.
_ITEM_NUMBER_RE = re.compile(r"^(?:0[1-9]|[①-⑳]|NO\.?[1-9])$", re.IGNORECASE)


def _items_numbered_under(blocks: list[Block], head: list[int], title: int) -> bool:
    """The display line after the post's title stands under an item's number
    (``01`` / ``某区总工会慰问环卫工人``): the first item's head, not the title's subtitle;
    the title over the numbered items is the post's, as a digest's title is the page's."""
    after = next((i for i in head if i > title), None)
    return after is not None and any(
        _ITEM_NUMBER_RE.match(without_spaces(blocks[j].plain)) for j in range(title + 1, after)
    )


#: A part of a long text opening with its number (``第一节 职工入会``, ``第三章 附则``).
PART_RE = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章节条篇部]")


def _numbered_part(text: str) -> bool:
    """A numbered heading (``第一节 …``, ``一、…``): a part of the text under the
    title's header fields, never the title's subtitle."""
    compact = without_spaces(text)
    return bool(PART_RE.match(compact) or NUMBERED_RE.match(compact))


#: Longest first line of a page read as its title though it is no display text.
LONG_TITLE_MAX = 40
#: Most commas of such a title (``听心声，解难题，某区总工会开展走访``).
LONG_TITLE_COMMAS = 2
_NEXT_TO_TITLE = (Shape.DATELINE, Shape.BYLINE)


def long_title(blocks: list[Block], shapes: list[Shape]) -> int | None:
    """The page's first line of text when it is its title though too long or too
    punctuated for a display line (``好消息！某市职工疗休养启动，名额增加一倍``,
    ``“…”：记某某和她的服务站``): one line, nothing but furniture and display lines
    above it, no sentence end (an exclamation or a question mark apart), no news lead,
    and a dateline, a byline, the page's header fields or a whole sentence of text
    under it. Right over the header fields, the line may be longer (a notice forwarding
    another prints both titles) and open like news (``今天，我们…``: text never stands
    over those fields). A post's account name between the title and its date row
    (``某区工会`` / ``2025年1月10日 08:15 上海``) is passed over. None when the page
    opens otherwise."""
    first = next((i for i, s in enumerate(shapes) if s not in _ABOVE_TITLE), None)
    if first is None or shapes[first] is not Shape.BODY:
        return None
    nxt = first + 1 + _account_name(blocks, shapes, first + 1)
    meta = False
    while nxt < len(shapes) and shapes[nxt] is Shape.FURNITURE:
        row = blocks[nxt].plain  # a header field, or a post's row (``原创 某某工会 日期``)
        meta = meta or is_header_field(row) or bool(_POSTED_RE.match(row))
        nxt += 1
    fields = first + 1 < len(shapes) and _fields_row(blocks[first + 1].plain)
    if nxt >= len(shapes) or not _title_like(blocks[first], fields):
        return None
    below = shapes[nxt]
    whole = below is Shape.BODY and ends_sentence(without_spaces(blocks[nxt].plain))
    return first if below in _NEXT_TO_TITLE or meta or whole else None


_ABOVE_TITLE = (Shape.FURNITURE, Shape.DISPLAY, Shape.DASH)

#: Longest name of the account a post is published by (``某某区总工会``, ``某某工会``).
ACCOUNT_NAME_MAX = 12


def _account_name(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """Block ``i`` is the name of the account a post was published by: a short display
    line right over a row of furniture (the post's date and place), under its title."""
    return (
        i + 1 < len(shapes)
        and shapes[i] is Shape.DISPLAY
        and shapes[i + 1] is Shape.FURNITURE
        and len(without_spaces(blocks[i].plain)) <= ACCOUNT_NAME_MAX
    )


#: Longest such title printed right over the page's header fields (``发布日期：…``): a
#: notice's title naming the document it forwards (``转发《某某关于…的通知》的通知``).
FIELDS_TITLE_MAX = 64


#: A date glued to the header field after it (``…cn2015-12-02来源：中工网``).
_GLUED_FIELD_RE = re.compile(r"(?<=\d)(?=[^\W\d_])")


def _fields_row(text: str) -> bool:
    """A row of the page's header fields, its first field perhaps glued to the date
    before it (a copied site header: ``//www.某网.cn2015-12-02来源： 某网``)."""
    return is_header_field(text) or is_header_field(_GLUED_FIELD_RE.sub(" ", text))


def _title_like(block: Block, over_fields: bool = False) -> bool:
    compact = without_spaces(block.plain)
    longest = FIELDS_TITLE_MAX if over_fields else LONG_TITLE_MAX
    return (
        len(block.lines) == 1
        and 0 < len(compact) <= longest
        and sum(compact.count(c) for c in "，,") <= LONG_TITLE_COMMAS
        and not any(ch in "。；;" for ch in compact)
        and compact[-1] not in "：:，,、的和与及或"
        and (over_fields or not opens_with_news_lead(compact))
        and not opens_with_label(compact)
    )


def index_was_head(r: Reader) -> None:
    """A run read as the page's headline index over the one article of a page, which
    prints no headline: it was that article's head set in several lines (a mobile
    copy's title and its lead in large type): its first line is the headline, the
    others open the text."""
    if len(r.articles) != 1 or r.articles[0].headline is not None or not r.index_run:
        return
    draft = r.articles[0]
    first, *rest = r.index_run
    for i in r.index_run:
        r.page_roles.pop(i, None)
    if _stacked_over_anchor(r, draft.roles):  # kicker, headline, subtitle in print
        draft.roles.update(head_roles(r.blocks, r.shapes, r.index_run, r.titles))
        return
    draft.roles[first] = "headline"
    draft.body = sorted([*rest, *draft.body])


#: Most lines of a head (kicker, headline, subtitle).
HEAD_LINES_MAX = 3


def _stacked_over_anchor(r: Reader, roles: dict[int, str]) -> bool:
    """A short run read as an index printed right over the article's dateline or byline,
    nothing between: a head of three lines, not a mobile copy's title over its lead."""
    run = r.index_run
    return (
        len(run) <= HEAD_LINES_MAX
        and run == list(range(run[0], run[-1] + 1))
        and roles.get(run[-1] + 1) in ("dateline", "byline")
    )


#: A notice's line naming its attachment (``附件：某某名单``, ``附件2：1.某某名单``).
_ATTACHMENT_RE = re.compile(r"^附件\d*[:：](?:\d+[.、．])?(.+)$")


def attachment_start(blocks: list[Block], pending: list[int]) -> int | None:
    """Where the attachment a notice announced (``附件：某某名单``) starts among the
    display lines left at the end of the page, after its signature and date: a list
    printed under the notice, part of it, not furniture. None when no line left is the
    title of an attachment the page names."""
    named = {
        title_key(match.group(1))
        for block in blocks
        for line in block.plain.splitlines()
        if (match := _ATTACHMENT_RE.match(without_spaces(line)))
    }
    if not named:
        return None
    return next((k for k, i in enumerate(pending) if title_key(blocks[i].plain) in named), None)


#: Marks of a sentence: a block holding one is text, not a menu. No ellipsis, which a
#: menu's item cut short may print.
_SENTENCE_MARKS = SENTENCE_FINAL_MARKS - {"…"}


def chrome_over_web_title(r: Reader, cur: Draft | None) -> bool:
    """The page's first draft holds no head, and the display line over the page's header
    fields (``发布时间：…``) comes after it: that line is the page's title over the
    article's text; what was read before it is the site's chrome, no article, when it
    holds no sentence, only lines read as text (a site's menu: ``分站：某某镇 某某镇 …``),
    or when the site's breadcrumb (``当前位置：首页 > 某某动态``) stands between it and the
    title (a motto, a quote and its author in the site's header)."""
    if not (
        cur is not None
        and len(r.articles) == 1
        and not cur.roles
        and not cur.closed
        and bool(r.pending)
        and over_header_field(r.blocks, r.shapes, r.pending[-1])
    ):
        return False
    return crumb_over_title(r) is not None or all(
        r.shapes[j] is Shape.BODY and not any(ch in _SENTENCE_MARKS for ch in r.blocks[j].plain)
        for j in cur.body
    )


def crumb_over_title(r: Reader) -> int | None:
    """The site's breadcrumb between the open draft's text and the title waiting over
    the header fields (the last one), if one is printed there."""
    cur = r.current
    start = max(cur.body, default=-1) + 1 if cur is not None else 0
    crumbs = [j for j in range(start, r.pending[-1]) if is_breadcrumb(r.blocks[j].plain)]
    return crumbs[-1] if crumbs else None
