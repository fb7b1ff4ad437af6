"""Shapes that the page around a block settles (after :func:`neighbour_shapes.in_context`).

* **Lists after the text**: a web page prints, under its article, lists of links
  (``相关阅读`` and titles with their dates, teasers cut off with ``……``) and readers'
  comments (``网友评论``). Their heading and what follows it are furniture, up to text
  printed in full (a list of links) or the next dateline or byline (comments).
* **A short line printed three times or more** (a text layer's running head, a
  watermark such as ``某某期刊网`` between paragraphs) is furniture.
* **Photo items**: running text whose own line ends with a photo credit
  (``…测量血压。袁立新 摄``) is a captioned photo. On a page of such items each is an
  item of its own; inside an article with other text it is a caption (:mod:`roles`).
* **Photo news** and photo spreads, credited on lines of their own: :mod:`photo_news`.
* **Chronicles** (大事记): three or more lines that open with a date set off by a wide
  blank are dated entries, each an item of its own.
* **Signatures** after the text, and **a name alone under a headline** (its byline):
  :mod:`signatures`. A letter's closing wish over its signature (``祝大家新春愉快！``)
  is the last of its text, not a headline printed after it.
* **A body's name and a colon** alone over a headline over a dateline is the subject the
  headline names first, a part of the head.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout import cues
from gonghui_build.layout.attachment_lists import attachment_lists
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.chronicles import BLANK_DATE_RE, comma_dated_entries
from gonghui_build.layout.digest_titles import is_digest_title
from gonghui_build.layout.furniture import names_an_institution
from gonghui_build.layout.head_credits import head_credits
from gonghui_build.layout.kicker_lines import names_places
from gonghui_build.layout.leader_boxes import leader_boxes
from gonghui_build.layout.name_tails import names_closing_items
from gonghui_build.layout.neighbours import Neighbours
from gonghui_build.layout.photo_news import credited_photos
from gonghui_build.layout.shapes import DISPLAY_SHAPES as _DISPLAY
from gonghui_build.layout.shapes import PHOTO_CREDITS, TEXT_SHAPES, Shape
from gonghui_build.layout.signatures import name_bylines, signatures
from gonghui_build.layout.top_menus import top_menu
from gonghui_build.text.chars import ends_sentence, ends_with_colon, without_spaces

#: How a teaser cut off in a list of links ends.
_CUT_OFF_RE = re.compile(r"(?:…|\.{3}|。{3}|[\[【(（]?(?:详细|详情|更多|全文)[\]】)）]?>*)$")
#: A link to read more at a text's end: a site's side box cut off (``…… 更多>``, ``[详细]``).
_MORE_LINK_RE = re.compile(
    r"(?:(?:详细|详情|更多|全文)[\]】)）]?>+|[\[【(（](?:详细|详情|更多|全文)[\]】)）])$"
)
#: Longest line read as a running head or watermark, and how often it must be printed.
RUNNING_MAX = 16
RUNNING_MIN = 4
RUNNING_COPIES = 3


@functools.cache
def _headings() -> tuple[frozenset[str], frozenset[str]]:
    """The headings of link lists, and those of boxes the site fills to the next dateline
    or byline: comments and the site's statements (``版权声明``)."""
    data = lexicon.load("page_furniture.yaml")
    boxes = frozenset(data["comment_headings"]) | frozenset(data["statement_headings"])
    return frozenset(data["link_list_headings"]), boxes


def _key(block: Block) -> str:  # a list's mark before a heading is no part of it (- 相关新闻)
    return without_spaces(block.plain).lstrip("-*+" + cues.BULLET_MARKS).strip("：:|｜ ")


def settle(blocks: list[Block], shapes: list[Shape]) -> tuple[list[Shape], set[int]]:
    """The shapes of ``blocks`` once the page around each is read, and the blocks of the
    lists printed after the text (links to other pages: their dates are not this page's)."""
    out = list(shapes)
    listed = _list_tails(blocks, out)
    leader_boxes(blocks, out)
    _more_links(blocks, out)
    _running_heads(blocks, out)
    _catalogue_abstract(blocks, out)
    attachment_lists(blocks, out)
    top_menu(blocks, out)
    near = Neighbours(out)  # what is furniture is settled from here on
    _photo_items(blocks, out, near)
    credited_photos(blocks, out, near)
    _askers(blocks, out, near)
    _chronicle_entries(blocks, out)
    comma_dated_entries(blocks, out)
    _subject_kickers(blocks, out)
    _closing_wishes(blocks, out, near)
    signatures(blocks, out, near)
    names_closing_items(blocks, out, near)
    name_bylines(blocks, out, near)
    head_credits(blocks, out, near)
    return out, listed


def _list_tails(blocks: list[Block], shapes: list[Shape]) -> set[int]:
    """The lists printed under the page's text, from their heading on. A heading printed
    before any text (``留言板`` in a mobile page's top bar) is a link of the site's menu:
    furniture itself, but what follows it is the page's own."""
    links, comments = _headings()
    listed: set[int] = set()
    i = 0
    while i < len(blocks):
        key = _key(blocks[i])
        if key not in links and key not in comments:
            i += 1
            continue
        shapes[i] = Shape.FURNITURE
        i += 1
        if not any(shape in TEXT_SHAPES for shape in shapes[: i - 1]):
            continue
        while i < len(blocks) and not _tail_ends(blocks, shapes, i, key in comments):
            shapes[i] = Shape.FURNITURE
            listed.add(i)
            i += 1
    return listed


def _tail_ends(blocks: list[Block], shapes: list[Shape], i: int, comments: bool) -> bool:
    """Whether block ``i`` is the page's own again after a list: a dateline or a byline
    (the next article), or, after links, text printed in full or the headline over it."""
    if shapes[i] in (Shape.DATELINE, Shape.BYLINE):
        return shapes[i] is Shape.BYLINE or not _cut_off(blocks[i])
    if comments:
        return False
    if shapes[i] in TEXT_SHAPES:
        return not _cut_off(blocks[i]) and not _links_go_on(blocks, shapes, i)
    if shapes[i] in _DISPLAY:
        k = next((k for k in range(i + 1, len(blocks)) if shapes[k] is not Shape.FURNITURE), None)
        return k is not None and shapes[k] in TEXT_SHAPES and not _cut_off(blocks[k])
    return False


def _links_go_on(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """Whether only more of the list follows text ``i`` to the page's end: titles, or
    another list's heading, and no text (a site's slogan printed in full between two
    teasers, ``某某新闻，讲述家乡的故事。``, is the list's, not the page's own text)."""
    links, _ = _headings()
    rest = range(i + 1, len(blocks))
    listed = [k for k in rest if shapes[k] in _DISPLAY or _key(blocks[k]) in links]
    return bool(listed) and not any(shapes[k] in TEXT_SHAPES for k in rest)


def _cut_off(block: Block) -> bool:
    """A teaser cut off by a list of links, or a line of it shorter than a sentence. A
    line ending with a colon is whole: a letter's salutation (``全市广大职工朋友们：``)
    or a lead into what follows it (``发出如下倡议：``)."""
    compact = without_spaces(block.plain)
    whole = ends_sentence(compact) or ends_with_colon(compact)
    return bool(_CUT_OFF_RE.search(compact)) or not whole


def _more_links(blocks: list[Block], shapes: list[Shape]) -> None:
    """Text ending on a link to read it in full elsewhere (``某总工会简介 某总工会是……
    更多>``) is a site's box around the page's text, not text of the page: furniture."""
    for i, block in enumerate(blocks):
        if shapes[i] in TEXT_SHAPES and _MORE_LINK_RE.search(without_spaces(block.plain)):
            shapes[i] = Shape.FURNITURE


def _running_heads(blocks: list[Block], shapes: list[Shape]) -> None:
    """Copies side by side count once: a post's title printed thrice is no running head.
    So do copies over the same line of text: a web copy printing its whole text twice
    prints the title over the same first sentence each time (``标题`` / header row /
    ``标题`` / ``某网讯 3月10日，…`` / … / ``标题`` / ``某网讯 3月10日，…``), where a
    running head stands over different text each time."""
    keys = [_key(b) for b in blocks]
    copies: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if shapes[i] in _DISPLAY and RUNNING_MIN <= len(key) <= RUNNING_MAX:
            copies.setdefault(key, []).append(i)
    for found in copies.values():
        apart = [i for i in found if i == 0 or keys[i - 1] != keys[i]]
        over = {_text_under(keys, shapes, i) for i in apart}
        if len(apart) >= RUNNING_COPIES and len(over) >= RUNNING_COPIES:
            for i in found:
                shapes[i] = Shape.FURNITURE


def _text_under(keys: list[str], shapes: list[Shape], i: int) -> str:
    """What block ``i`` stands over: the line of text under it, or the block itself
    when no text is (furniture under a running head tells no copy from another)."""
    text = i + 1 < len(keys) and shapes[i + 1] in TEXT_SHAPES
    return keys[i + 1] if text else f"#{i}"


def _photo_items(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """A captioned photo after another photo's credit, under a digest's title or opening
    the page is an item of its own (a page of photo news); under a headline or within
    text it is read with them."""
    for i in range(len(blocks) - 1):
        if shapes[i] is not Shape.BODY or not has_own_photo_credit(blocks, shapes, i):
            continue
        before = near.before[i]
        if (
            before is None
            or shapes[before] in PHOTO_CREDITS
            or (shapes[before] in _DISPLAY and is_digest_title(blocks[before].plain))
        ):
            shapes[i] = Shape.ITEM
            if cues.is_slash_credit(blocks[i + 1].plain):
                shapes[i + 1] = Shape.END_CREDIT  # / 某地 供图: the item's byline


def _askers(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """A Q&A column signs each question with who asked it, in brackets on a line of its
    own (``问：…？`` / ``（某区 某女士）`` / ``答：…``): between a question and its answer
    the signature closes no item; it names the turn's speaker."""
    for i, shape in enumerate(shapes):
        before, after = near.before[i], near.after[i]
        if (
            shape is Shape.END_CREDIT
            and before is not None
            and after is not None
            and cues.opens_turn(blocks[before].plain)
            and cues.opens_turn(blocks[after].plain)
        ):
            shapes[i] = Shape.PERSON_CAPTION


#: Fewest dated entries that make a page a chronicle (大事记).
CHRONICLE_MIN = 3


def _chronicle_entries(blocks: list[Block], shapes: list[Shape]) -> None:
    """A chronicle (大事记) prints one dated event a line, its date set off by a blank
    (``1月12日  县总工会召开…``): with three or more such lines on the page, each is an
    item of its own, like a digest's (the year and month headings over them are its
    titles)."""
    dated = [
        i for i, b in enumerate(blocks) if shapes[i] is Shape.BODY and BLANK_DATE_RE.match(b.plain)
    ]
    if len(dated) >= CHRONICLE_MIN:
        for i in dated:
            shapes[i] = Shape.ITEM


#: A record's abstract row (``摘要: 主要内容包括:第一章…``).
_ABSTRACT_ROW_RE = re.compile(r"^摘\s*要\s*[:：]")


def _catalogue_abstract(blocks: list[Block], shapes: list[Shape]) -> None:
    """A digital library's record of a gazetteer's part prints its abstract among its
    catalogue rows (``页数: 16`` / ``摘要: 主要内容包括:…`` / ``关键词: …``), before the
    text (read in session 40): a row of the record, furniture like the rows around it,
    not the section's first paragraph (which left its heading no headline). Only between
    two furniture rows and before any text or heading of the page's own."""
    for i in range(1, len(blocks) - 1):
        if (
            shapes[i] is Shape.BODY
            and _ABSTRACT_ROW_RE.match(blocks[i].plain.strip())
            and shapes[i - 1] is Shape.FURNITURE
            and shapes[i + 1] is Shape.FURNITURE
            and all(shape is Shape.FURNITURE for shape in shapes[:i])
        ):
            shapes[i] = Shape.FURNITURE


def _subject_kickers(blocks: list[Block], shapes: list[Shape]) -> None:
    """A body's or a place's name and a colon alone on a line (``某某市总工会：``,
    ``泉州晋江：``, real_dev21) right over a display line over a dateline or a byline:
    the subject a headline names first, set on a line of its own (``某某市总工会：`` /
    ``“两节”送温暖覆盖三万户``), a part of the head, not a salutation (text follows a
    salutation, not a head). So is one phrase and a colon between a kicker and a display
    line over the head's subtitle, byline or dateline (``车间里的“老把式”`` /
    ``从学徒到劳模：`` / ``二十年守着一台机床`` / ``——记…``): the first line of a
    headline broken after its colon, not a line of text."""
    for i in range(len(blocks) - 2):
        compact = without_spaces(blocks[i].plain)
        if not (
            shapes[i] is Shape.BODY
            and len(blocks[i].lines) == 1
            and compact.endswith(("：", ":"))
            and shapes[i + 1] is Shape.DISPLAY
        ):
            continue
        named = names_an_institution(compact[:-1]) or names_places(compact[:-1])
        subject = named and shapes[i + 2] in _HEAD_ANCHORS
        broken = (
            i > 0
            and shapes[i - 1] is Shape.DISPLAY
            and shapes[i + 2] in (*_HEAD_ANCHORS, Shape.DASH)
            and COLON_PHRASE_MIN <= len(compact) - 1 <= COLON_PHRASE_MAX
            and not any(ch in _PHRASE_BREAKS for ch in compact[:-1])
        )
        if subject or broken:
            shapes[i] = Shape.DISPLAY


_HEAD_ANCHORS = (Shape.DATELINE, Shape.BYLINE)
#: Shortest and longest phrase of a headline's first line broken after its colon; what
#: no such phrase holds (a clause's or a sentence's marks).
COLON_PHRASE_MIN = 4
COLON_PHRASE_MAX = 16
_PHRASE_BREAKS = "，,。；;：:！？!?"


def has_own_photo_credit(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """The block's own line ends with a photo credit (cut off as the next block)."""
    return (
        i + 1 < len(blocks)
        and blocks[i + 1].cut == "credit"
        and shapes[i + 1] is Shape.CREDIT
        and blocks[i + 1].lines[0].start >= blocks[i].end
    )


@functools.cache
def _wish_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("head_words.yaml")["letter_wishes"], key=len, reverse=True))


def closing_wish(text: str) -> bool:
    """A letter's closing wish (``祝大家新春愉快，阖家幸福！``, ``顺祝工作顺利！``) or its
    formal close (``此致``, ``敬礼！``): a wish word of ``head_words.yaml`` opening a line
    that ends a sentence, or the close alone. Short and exclaimed, it looks like a
    headline; it is the last of the letter's text."""
    compact = without_spaces(text)
    if compact.rstrip("！!。") in ("此致", "敬礼"):
        return True
    return compact.startswith(_wish_words()) and ends_sentence(compact)


def _closing_wishes(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """A display line after text that is a letter's closing wish is text."""
    for i, shape in enumerate(shapes):
        before = near.before[i]
        after_text = before is not None and shapes[before] in TEXT_SHAPES
        if shape in _DISPLAY and after_text and closing_wish(blocks[i].plain):
            shapes[i] = Shape.BODY
