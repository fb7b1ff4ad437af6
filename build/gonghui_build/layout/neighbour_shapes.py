"""Shapes that a block's neighbours settle, right after each block's own shape
(:func:`shapes.classify`) and before the page around it is read (:mod:`context`)."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.layout import cues
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.display import is_display_text
from gonghui_build.layout.photo_credits import credit_opens_caption
from gonghui_build.layout.shapes import (
    CAPTION_MAX,
    PHOTO_POINTERS,
    SHORT_CAPTION_MAX,
    SPEAKER_RE,
    TEXT_SHAPES,
    Shape,
    is_speaker_line,
    names_a_person,
)
from gonghui_build.layout.title_breaks import breaks_title_chain
from gonghui_build.text.chars import (
    FULL_WIDTH_STOPS,
    ends_sentence,
    ends_with_colon,
    without_spaces,
)


def in_context(blocks: list[Block], shapes: list[Shape]) -> list[Shape]:
    """Shapes that the neighbours settle.

    A credit-shaped line after running text closes it (``通讯员 钱多多`` under an item is
    its credit, not the byline of an article to come); a short line over a photo credit
    is the photo's caption, even when it ends with a full stop (``焊工项目比赛现场。``).
    """
    shapes = _top_titles(blocks, shapes)
    out = list(shapes)
    prev: int | None = None  # the last block before ``i`` that is not furniture
    for i, shape in enumerate(shapes):
        after_text = (
            prev is not None
            and shapes[prev] in TEXT_SHAPES
            and not cues.opens_with_label(blocks[prev].plain)  # under an editor's note
            and not _credit_first_caption(blocks, shapes, prev)
        )
        before = prev
        if shape is not Shape.FURNITURE:
            prev = i
        if shape is Shape.BYLINE and after_text and _closing_credit(blocks[i].plain):
            out[i] = Shape.END_CREDIT
        if shape is Shape.BYLINE and _names_listed(blocks, before, i, after_text):
            out[i] = Shape.BODY
        if _credit_first_caption(blocks, shapes, i):
            out[i] = Shape.CAPTION
        over_credit = i + 1 < len(shapes) and shapes[i + 1] is Shape.CREDIT
        if over_credit and _photo_story_head(shapes, i):
            out[i + 1] = Shape.BYLINE  # the photographers of a photo story, under its head
        elif over_credit and _caption_over_credit(blocks[i], shape):
            out[i] = Shape.CAPTION
        above = out[before] if before is not None else None
        if _pointed_caption(blocks[i], shape, above, over_credit):
            out[i] = Shape.CAPTION
        text_next = i + 1 < len(shapes) and shapes[i + 1] in TEXT_SHAPES
        if after_text and text_next and _scene_caption(blocks[i], shape):
            out[i] = Shape.CAPTION
        if (
            before is not None
            and shape is Shape.DISPLAY
            and _chain_broken(blocks, shapes, i, before)
        ):
            out[i] = Shape.BODY  # ``…、统战部`` / ``部长某某，…``: text cut at a post
        if shape is Shape.ENTRY and _digest_label(blocks, shapes, i):
            out[i] = Shape.DISPLAY  # 【工会简讯】 over its items: the column's title
    return out


def _digest_label(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A digest's name alone in 【】 (``【工会简讯】``, ``【基层动态】``) right over an item:
    the column's title over its items, as the name unbracketed is, no yearbook entry's
    head (an entry's text would run on under it, no bullet or number opening it)."""
    text = without_spaces(blocks[i].plain)
    return (
        i + 1 < len(shapes)
        and shapes[i + 1] is Shape.ITEM
        and text.startswith("【")
        and text.endswith("】")
        and names_a_digest(text[1:-1])
    )


def _credit_first_caption(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A line of text that opens with its photo's credit (``某报记者 某某 报道 “…”里，
    …。``) over a byline or a dateline: the caption of the photo a web copy prints
    between the title and the text, not text that the byline under it closes."""
    if shapes[i] not in TEXT_SHAPES or not credit_opens_caption(blocks[i].plain):
        return False
    after = next((j for j in range(i + 1, len(shapes)) if shapes[j] is not Shape.FURNITURE), None)
    return after is not None and shapes[after] in (Shape.BYLINE, Shape.DATELINE)


def _chain_broken(blocks: list[Block], shapes: list[Shape], i: int, before: int) -> bool:
    """A short line cut inside a title chain (see ``title_breaks``): its text going on in
    the next line (the start of a paragraph), or going on from the text line before it
    (``…党组成员、副`` / ``主席某某，…``, the rest of one): no heading or caption."""
    after = i + 1 < len(shapes) and shapes[i + 1] is Shape.BODY
    if after and breaks_title_chain(blocks[i].plain, blocks[i + 1].plain):
        return True
    return shapes[before] is Shape.BODY and breaks_title_chain(
        blocks[before].plain, blocks[i].plain
    )


#: A list's size alone on its line over the list (``--8名--``, ``（12家）``, ``共8人``).
LIST_COUNT_RE = re.compile(r"^[-—－~～]*[（(]?共?\d{1,4}[个名人家位项][）)]?[-—－~～]*$")


def _names_listed(blocks: list[Block], before: int | None, i: int, after_text: bool) -> bool:
    """Names alone under text that ends with a colon (``先进个人：`` / ``某某  某某  某某``,
    ``名单如下：``) or under the list's size (``--8名--``): the list announced, each name
    a person of the text, not the credit closing it (an award list's winners read so
    became the item's authors, or the byline of an article of their own)."""
    if before is None or not cues.is_bare_names(blocks[i].plain):
        return False
    above = blocks[before].plain
    return (after_text and ends_with_colon(above)) or bool(
        LIST_COUNT_RE.match(without_spaces(above))
    )


def _top_titles(blocks: list[Block], shapes: list[Shape]) -> list[Shape]:
    """Display lines that read otherwise alone: a name and a colon before a phrase with no
    text above it or a byline under it (a title, see ``_title_not_turn``), a column's name
    in brackets over a title (``【工会动态】`` / a title: no yearbook entry)."""
    out = list(shapes)
    texted = False  # a block of text stands above ``i``
    turn = False  # the last block above ``i`` that is no furniture is a turn of an interview
    for i, shape in enumerate(shapes):
        headed = not texted or (_byline_next(shapes, i) and not turn)
        if headed and _title_not_turn(blocks[i], shape):
            out[i] = Shape.DISPLAY
        if shape is Shape.ENTRY and i + 1 < len(shapes) and shapes[i + 1] is Shape.DISPLAY:
            out[i] = Shape.DISPLAY
        texted = texted or out[i] in TEXT_SHAPES
        if shape is not Shape.FURNITURE:
            turn = out[i] is Shape.BODY and is_speaker_line(without_spaces(blocks[i].plain))
    return out


def _byline_next(shapes: list[Shape], i: int) -> bool:
    """The next block that is no furniture is a byline: ``i`` heads a signed part
    (``某某：科技作魂 信念为峰`` / ``◎文/某某``), even after text; or a dateline: ``i``
    heads the next item of a page (``王师傅：三十年只修一种机床`` / ``本报讯（记者 某某）…``),
    as no turn of an interview stands over a dateline."""
    following = (s for s in shapes[i + 1 :] if s is not Shape.FURNITURE)
    return next(following, None) in (Shape.BYLINE, Shape.DATELINE)


def _title_not_turn(block: Block, shape: Shape) -> bool:
    """A name and a colon before a short phrase (``某某：把职工的事当成自己的事``) with no
    text above it on the page: a title naming whom it is about, not a turn of an
    interview (turns come after the text has begun). An interview's own speaker word
    (``记者：今年有哪些新举措？``, ``问：…``) names no one a title is about: that is the
    first turn, right under the byline."""
    if shape is not Shape.BODY or len(block.lines) != 1:
        return False
    compact = without_spaces(block.plain)
    speaker = SPEAKER_RE.match(compact)
    return (
        speaker is not None
        and speaker.group(1) not in cues.speakers()
        and names_a_person(speaker.group(1))
        and is_display_text(compact)
    )


def _photo_story_head(shapes: list[Shape], i: int) -> bool:
    """Two display lines over a photo credit, no text above them on the page, only
    furniture and display lines (``热烈庆祝某某大会闭幕`` / ``新起点 新步伐`` /
    ``本报记者 某某 某某 摄``): the head of a photo story (kicker, headline) and its
    photographers' byline; a caption is printed under a photo inside an article, never
    as a page's first head."""
    return (
        i >= 1
        and shapes[i] is Shape.DISPLAY
        and shapes[i - 1] is Shape.DISPLAY
        and all(s in (Shape.FURNITURE, Shape.DISPLAY) for s in shapes[: i - 1])
    )


def _scene_caption(block: Block, shape: Shape) -> bool:
    """A short line between paragraphs of text that ends on the scene a photo shows
    (``技能比赛现场``, ``慰问活动现场。``): the caption of a photo the copy dropped."""
    compact = without_spaces(block.plain).rstrip("。")
    scenes = lexicon.words("page_furniture.yaml", "caption_scene_endings")
    return (
        shape in (Shape.DISPLAY, Shape.BODY)
        and len(block.lines) == 1
        and len(compact) <= SHORT_CAPTION_MAX
        and not any(p in compact for p in "，。；！？,;:：")
        and scenes.ending(compact) is not None
    )


#: What a digest item opens with or names that a photo's caption does not: a date
#: (``▲9月5日，…``) or a union or a company, the item's subject (``△某厂工会开展…竞赛
#: 活动。``, ``▲某集团举办…。``).
_ITEM_SIGNS_RE = re.compile(r"^(?:\d|[一二三四五六七八九十]{1,3}月|近日|日前)|工会|公司|集团")


def _pointed_caption(block: Block, shape: Shape, above: Shape | None, over_credit: bool) -> bool:
    """A line marked with a photo's pointer (``▲选手们在焊工项目比赛中认真操作。``) read
    as a digest's item or, shorter, as text, under an article's text or another
    caption, not under an item: the caption of a photo in the article, when a photo
    credit follows it, or when it is one short sentence with no comma, no date and no
    union (a digest's items are reports: ``▲9月5日，某镇总工会组织…``, ``△某厂工会开展…
    活动。``). Under an item's closing credit (``（某工宣）``) such a short sentence over a
    photo credit is that item's photo, printed after its text (an e-paper sets it so):
    an item of its own would open with its date or its union."""
    compact = without_spaces(block.plain)
    if shape not in (Shape.ITEM, Shape.BODY) or compact[:1] not in PHOTO_POINTERS:
        return False
    rest = compact[1:]
    one_sentence = not any(p in rest[:-1] for p in "，,。；;！？")
    short = len(rest) <= SHORT_CAPTION_MAX and one_sentence and not _ITEM_SIGNS_RE.search(rest)
    if above is Shape.END_CREDIT:
        return over_credit and short
    if above not in (Shape.BODY, Shape.DATELINE, Shape.CAPTION):
        return False
    if over_credit:
        return len(rest) <= CAPTION_MAX
    return short


def _caption_over_credit(block: Block, shape: Shape) -> bool:
    """A display line over a photo credit, one short sentence (``比赛现场。``), or one
    line of text with no sentence end (``5月5日，某县职工在…维修家电`` / ``某某 摄``): a
    paragraph ends its sentence, a caption an e-paper prints without its stop does not."""
    compact = without_spaces(block.plain)
    if shape is Shape.DISPLAY:
        return len(compact) <= CAPTION_MAX
    if shape is not Shape.BODY:
        return False
    if len(block.lines) == 1 and len(compact) <= CAPTION_MAX and not ends_sentence(compact):
        return not any(stop in compact for stop in FULL_WIDTH_STOPS)
    return len(compact) <= SHORT_CAPTION_MAX and "，" not in compact


def _closing_credit(text: str) -> bool:
    """A byline after text that closes it: a credit line, or names printed apart
    (asked only of such bylines, not of every block)."""
    return cues.is_credit_line(text) or cues.is_bare_names(text)
