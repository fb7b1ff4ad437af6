"""Roles of the blocks after an article's head, and the article's kind.

Within an article, shapes settle most roles (running text and digest items are body,
photo credits and captions are captions and credits, a credit closing the text is its
byline). A run of display lines is read from what surrounds it: between two pieces of
a sentence cut by the page it is a photo caption; above running text it is a section
heading (a Markdown heading always is, and so is a part's label, ``记者观察`` over its
part's own title); otherwise a caption. A title-and-name caption is
a speaker line when it follows a section heading and precedes the speaker's words.
"""

from __future__ import annotations

import re
import unicodedata

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.context import has_own_photo_credit
from gonghui_build.layout.cues import opens_turn
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.end_credits import BOTH_MARK
from gonghui_build.layout.part_labels import is_part_label
from gonghui_build.layout.reader import Draft
from gonghui_build.layout.role_words import BYLINE_MARKS
from gonghui_build.layout.shapes import DISPLAY_SHAPES as _DISPLAY
from gonghui_build.layout.shapes import Shape, names_a_person
from gonghui_build.text.chars import ends_sentence, ends_with_colon, without_spaces

_FIXED = {
    Shape.FURNITURE: "furniture",
    Shape.CREDIT: "photo_credit",
    Shape.BYLINE: "byline",
    Shape.END_CREDIT: "byline",
    Shape.DATELINE: "body",
    Shape.BODY: "body",
    Shape.ITEM: "body",
    Shape.CAPTION: "photo_caption",
    Shape.ENTRY: "section_heading",
}


def _display_run(
    blocks: list[Block], shapes: list[Shape], indices: list[int], pos: int, roles: dict[int, str]
) -> int:
    """Roles of the display run starting at ``indices[pos]``; the run's last position."""
    n = len(indices)
    end = pos
    while end + 1 < n and shapes[indices[end + 1]] in _DISPLAY:
        end += 1
    run = indices[pos : end + 1]
    before = indices[pos - 1] if pos else None
    after = indices[end + 1] if end + 1 < n else None
    open_text = not ends_sentence(blocks[before].plain) if before is not None else False
    interrupts = (
        before is not None
        and shapes[before] is Shape.BODY
        and open_text
        and not ends_with_colon(blocks[before].plain)  # 如下：— a list or heading follows
        and after is not None
        and shapes[after] is Shape.BODY
    )
    followed_by_text = after is not None and shapes[after] in (
        Shape.BODY,
        Shape.ITEM,
        Shape.PERSON_CAPTION,
    )
    parallel = followed_by_text and parallel_heads([blocks[j] for j in run])
    for k, j in enumerate(run):
        last = k == len(run) - 1 or parallel
        if interrupts:
            roles[j] = "photo_caption"
        elif is_part_label(blocks[j].plain) and followed_by_text:
            roles[j] = "section_heading"  # 记者观察 over its part's title: no photo's caption
        elif blocks[j].heading_level or (last and followed_by_text):
            roles[j] = "section_heading"
        else:
            roles[j] = "photo_caption"
    return end


#: Fewest lines of a run of parallel subheads; most difference in length between them.
PARALLEL_MIN = 3
PARALLEL_SPREAD = 2


def parallel_heads(run: list[Block]) -> bool:
    """Three or more one-line heads in a row, set alike: of about one length, the same
    mark at the same place in each (``快：…`` / ``实：…`` / ``暖：…``, ``“快”字当头`` /
    ``“实”字为要`` / …): the points of the text that follows, each a section heading, not
    captions of photos (a run of captions says different things in different shapes)."""
    texts = [without_spaces(b.plain) for b in run]
    if len(run) < PARALLEL_MIN or any(len(b.lines) > 1 for b in run) or not all(texts):
        return False
    if max(map(len, texts)) - min(map(len, texts)) > PARALLEL_SPREAD:
        return False
    shortest = min(map(len, texts))
    return any(
        len(marks) == 1 and unicodedata.category(next(iter(marks)))[0] in "PS"
        for k in range(shortest)
        for marks in ({t[k] for t in texts}, {t[-1 - k] for t in texts})
    )


def body_roles(blocks: list[Block], shapes: list[Shape], indices: list[int]) -> dict[int, str]:
    """Roles of the blocks after an article's head (``indices`` in page order). A
    captioned photo (text with its own photo credit) is a photo's caption when the
    article's text goes on after it; else it is that text (a photo news item)."""
    roles = _block_roles(blocks, shapes, indices)
    text = [i for i in indices if roles[i] == "body"]
    for i in indices:
        if has_own_photo_credit(blocks, shapes, i) and text and text[-1] > i + 1:
            roles[i] = "photo_caption"  # the article's text goes on after the photo
    if _gallery(blocks, shapes, indices, text):
        roles.update(dict.fromkeys(text, "photo_caption"))
    for i in text:
        if roles.get(i + 1) == "section_heading" and _name_and_colon(blocks[i]):
            roles[i] = "section_heading"  # 某某某： / 把每一道焊缝当作作品: one profile's head
    return roles


def _name_and_colon(block: Block) -> bool:
    """A line of only a person's name and a colon (``某某某：``): over a section heading,
    a group feature's head of one profile, the name over the profile's own subhead (the
    colon made it read as a lead into text), no paragraph of text."""
    text = without_spaces(block.plain)
    return len(block.lines) == 1 and text.endswith(("：", ":")) and names_a_person(text[:-1])


def subtitle_under_byline(shapes: list[Shape], body: list[int], roles: dict[int, str]) -> None:
    """A dashed line right under the byline that opens an article's body, before any of
    its text (``某某某`` / ``本报记者 某某`` / ``——记…``): the headline's subtitle, which a
    profile's page sets under the byline; not a section heading of the text. ``roles``
    (the article's, its head's included) says so from now on."""
    if not body or "subtitle" in roles.values() or "headline" not in roles.values():
        return
    bylines = [i for i in body if shapes[i] is Shape.BYLINE]
    first = next((i for i in body if shapes[i] is not Shape.BYLINE), None)
    under = bylines[-1] if bylines else first - 1 if first is not None else None
    if (
        first is not None
        and shapes[first] is Shape.DASH
        and roles.get(under) == "byline"
        and under == first - 1
    ):
        roles[first] = "subtitle"


#: Fewest captioned photos of a gallery.
GALLERY_MIN = 2


def _gallery(blocks: list[Block], shapes: list[Shape], indices: list[int], text: list[int]) -> bool:
    """An article made of captioned photos alone (``某某工作掠影`` under its title: each
    caption with its credit after it, or under a credit standing over it): no line of its
    own text, so each caption is a caption, the last one too, not the article's text."""
    credited = [i for i in indices if has_own_photo_credit(blocks, shapes, i)]
    if len(credited) < GALLERY_MIN or not text:
        return False
    members = set(indices)
    return all(
        has_own_photo_credit(blocks, shapes, i)
        or (i - 1 in members and shapes[i - 1] is Shape.CREDIT and blocks[i - 1].cut != "credit")
        for i in text
    )


def _block_roles(blocks: list[Block], shapes: list[Shape], indices: list[int]) -> dict[int, str]:
    roles: dict[int, str] = {}
    n = len(indices)
    pos = 0
    while pos < n:
        i = indices[pos]
        shape = shapes[i]
        if shape in _FIXED:
            roles[i] = _FIXED[shape]
        elif shape is Shape.PERSON_CAPTION:
            prev_role = roles.get(indices[pos - 1]) if pos else None
            next_shape = shapes[indices[pos + 1]] if pos + 1 < n else None
            speaker = prev_role == "section_heading" and next_shape is Shape.BODY
            speaker = speaker or (pos > 0 and opens_turn(blocks[indices[pos - 1]].plain))
            speaker = speaker or blocks[i].plain.rstrip().endswith(("：", ":"))  # 主席 某某：
            roles[i] = "speaker_line" if speaker else "portrait_caption"
        else:
            pos = _display_run(blocks, shapes, indices, pos, roles)
        pos += 1
    return roles


def kinds_of(draft: Draft, roles: dict[int, str], blocks: list[Block]) -> tuple[str, str]:
    """The article's kind as printed, and the kind its text reads as. A dateline or a
    digest item makes a news item, a commentator's byline (``本报评论员 某某``) a
    commentary, a reporter's byline over the text a feature, another signature a
    commentary; a reporter's credit at the end of other text makes a feature. Text with
    none of these opening with a day's date (a web copy, a post) is printed as ``other``
    (or a feature by its closing credit), as the annotation's convention has it since
    12-07, and reads as a news item: its lead dates its news, a bare name over it is its
    reporter. A Q&A's askers signed in brackets (``（某区 某女士）``) make no interview
    roundup."""
    values = list(roles.values())
    if draft.hint == "entry":
        return "other", "other"
    if "dateline" not in values and _photo_item(roles, blocks):
        return "other", "other"  # a photo page's item, whatever it was read as
    if "dateline" in values or draft.hint == "item":
        return "news_item", "news_item"
    speakers = [i for i, r in roles.items() if r == "speaker_line"]
    if sum(not blocks[i].plain.lstrip().startswith(("（", "(")) for i in speakers) >= 2:
        return "interview_roundup", "interview_roundup"
    body = sorted(i for i, r in roles.items() if r == "body")
    heads = [without_spaces(blocks[i].plain) for i, r in roles.items() if r == "byline"]
    top = [
        b
        for i, b in zip(sorted(i for i, r in roles.items() if r == "byline"), heads, strict=True)
        if not body or i < body[0]
    ]
    reporter = {b for b in heads if "记者" in b or "通讯员" in b}
    signed = _signed_kind(top, reporter)
    if signed:
        return signed, signed
    printed = "feature" if reporter else "other"
    if body and opens_with_news_lead(blocks[body[0]].plain):
        return printed, "news_item"
    return printed, printed


def _signed_kind(top: list[str], reporter: set[str]) -> str | None:
    """The kind the bylines over the text make: the paper's commentator's a commentary, a
    reporter's a feature, another signature with its mark (``□某某``) a commentary."""
    if any("评论员" in b for b in top):
        return "commentary"  # 本报评论员 某某: the paper's commentator signs it
    if any(b in reporter for b in top):
        return "feature"
    if any(b.startswith(tuple(BYLINE_MARKS)) for b in top):
        return "commentary"
    return None


#: The marks closing a photo's credit (``某某 摄``, ``/ 某地 供图``).
_PHOTO_CREDIT_ENDS = ("摄", "供图")


def _photo_item(roles: dict[int, str], blocks: list[Block]) -> bool:
    """An article of one paragraph closed by a photo's credit (``8月1日，某区总工会…。`` /
    ``本报记者 某某 摄``): a photo page's item, which opens with no dateline (kind
    ``other``, however its caption opens: ANNOTATION.md's photo items). A titled one too,
    and one credited in brackets or for text and photo (``（通讯员 某某 摄）``, ``文/图
    某某``): photo pages print them so, and the gold has them ``other`` (real_dev21,
    real_dev23, real_dev30, real_dev32), where a reporter's credit had made them features."""
    values = list(roles.values())
    credits = [i for i, r in roles.items() if r in ("byline", "photo_credit")]
    return (
        values.count("body") == 1
        and bool(credits)
        and all(_credits_a_photo(blocks[i].plain) for i in credits)
    )


def _credits_a_photo(text: str) -> bool:
    """A credit for a photo: its mark closing it, brackets round it or not, or the mark
    of text and photo opening it."""
    compact = without_spaces(text).strip("（）()")
    return compact.endswith(_PHOTO_CREDIT_ENDS) or re.match(BOTH_MARK, compact) is not None
