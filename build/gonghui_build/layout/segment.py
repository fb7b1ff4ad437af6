"""Stage 3 — page layout: which blocks form which article, and what each block is.

Two passes. First every block gets a *shape* from its own text (byline, dateline,
caption, short display line, body…). Then articles are found from their *anchors*: a
byline (``□本报记者 …``) or a dateline (``本报讯（记者 …）``) ends a headline group, and
the short display blocks just before it are its headline, subtitle, kicker and banner.
Markdown marks help when present (a top-level ``#`` heading starts an article) but are
never needed. Everything between two headline groups belongs to the first article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.text.chars import ends_sentence, ends_with_colon, without_spaces
from gonghui_build.text.names import is_name_shaped, parse_titled_name


class Shape(Enum):
    BYLINE = "byline"
    DATELINE = "dateline"
    DASH = "dash"  # a display line opening with a dash: a subtitle
    CREDIT = "credit"
    FURNITURE = "furniture"
    PERSON_CAPTION = "person_caption"
    DISPLAY = "display"  # short, no sentence end: headline, heading, caption, banner
    BODY = "body"


BYLINE_MARKS = "□■◇◆○●◎"
_BYLINE_START_RE = re.compile(
    r"^(本报记者|本报通讯员|特约记者|记者|通讯员|文[/／]|图[/／]|撰文|作者[:：])"
)
DATELINE_RE = re.compile(
    r"^(?:本报讯|本报[^\s，。,]{1,10}?讯|[\u4e00-\u9fff]{2,6}社[^\s，。,]{0,12}?电)"
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?"
)
_DASH_RE = re.compile(r"^[—─－\-]{1,2}")
_CREDIT_END_RE = re.compile(
    r"^(?:本报记者|记者)?\s*((?:[\u4e00-\u9fff]{2,4}\s*){1,4})\s*[/／]?\s*摄影?$"
)
_CREDIT_START_RE = re.compile(r"^(?:摄影|图|摄)\s*[/／:：]\s*((?:[\u4e00-\u9fff]{2,4}\s*){1,4})$")
#: A block never displayed as a heading ends with one of these: it continues.
_CONTINUING_END = frozenset("的地得和与及或、，,：:")
#: Longest display line (characters without spaces); a Markdown heading may be longer.
DISPLAY_MAX = 36
MARKED_DISPLAY_MAX = 60
#: A first clause this short before a comma is a connective (同时，据了解，): running text.
_CONNECTIVE_MAX = 4


@functools.cache
def _furniture() -> tuple[re.Pattern[str], int]:
    data = lexicon.load("page_furniture.yaml")
    return re.compile("|".join(map(re.escape, data["cues"]))), int(data["max_chars"])


def credit_names(text: str) -> list[str] | None:
    """The names of a photo credit (``冯一帆 摄``), or None if ``text`` is not one."""
    plain = text.strip()
    match = _CREDIT_END_RE.match(plain) or _CREDIT_START_RE.match(plain)
    if not match:
        return None
    names = match.group(1).split()
    if len(names) == 1 and len(names[0]) > 4:
        return None
    if not all(is_name_shaped(n) for n in names):
        return None
    return names


def dateline_prefix(text: str) -> str | None:
    """``本报讯（记者 冯一帆）`` at the start of a paragraph, if there is one."""
    match = DATELINE_RE.match(text)
    if not match or len(match.group(0)) == len(text.rstrip()):
        return None
    return match.group(0)


def is_display_text(text: str, limit: int = DISPLAY_MAX) -> bool:
    """Short text that does not run on like a sentence: a headline, heading or caption.

    At most two phrases (one comma), no sentence end, no connective opening it, and not
    ending on a word that needs a continuation (的, 和, 、…).
    """
    compact = without_spaces(text)
    if not compact or len(compact) > limit:
        return False
    if sum(compact.count(c) for c in "，,") > 1:
        return False
    if ends_sentence(compact) or ends_with_colon(compact):
        return False
    if compact[-1] in _CONTINUING_END:
        return False
    if any(ch in "。！？!?；;" for ch in compact):
        return False
    first_clause = re.split(r"[，,]", compact, maxsplit=1)
    return not (len(first_clause) == 2 and len(first_clause[0]) <= _CONNECTIVE_MAX)


def classify(block: Block) -> Shape:
    """The shape of a block, from its own text only."""
    plain = block.plain
    one_line = plain.replace("\n", " ")
    compact = without_spaces(plain)
    if compact[:1] in BYLINE_MARKS and len(compact) <= 80:
        return Shape.BYLINE
    short_unfinished = len(compact) <= 60 and not ends_sentence(compact)
    if _BYLINE_START_RE.match(compact) and short_unfinished and not credit_names(one_line):
        return Shape.BYLINE
    if dateline_prefix(one_line):
        return Shape.DATELINE
    cues, max_chars = _furniture()
    digits = sum(ch.isdigit() for ch in compact)
    if cues.search(compact) and (len(compact) <= max_chars or digits >= 5):
        return Shape.FURNITURE
    if credit_names(one_line):
        return Shape.CREDIT
    caption_sized = len(block.lines) <= 2 and len(compact) <= 50
    name_last = len(block.lines) == 1 or is_name_shaped(without_spaces(block.plain_lines[-1]))
    if caption_sized and name_last and parse_titled_name(plain):
        return Shape.PERSON_CAPTION
    if _DASH_RE.match(compact) and len(compact) <= DISPLAY_MAX + 2 and not ends_sentence(compact):
        return Shape.DASH
    if is_display_text(plain, MARKED_DISPLAY_MAX if block.heading_level else DISPLAY_MAX):
        return Shape.DISPLAY
    return Shape.BODY


# --- layout ---------------------------------------------------------------------------

PAGE_LEVEL_ROLES = frozenset({"banner", "furniture"})


@dataclass(frozen=True)
class Placed:
    """A block with its role and the article (index on the page) it belongs to."""

    block: Block
    shape: Shape
    role: str
    article: int | None


@dataclass(frozen=True)
class ArticleLayout:
    index: int
    kind: str
    first_block: int
    last_block: int


@dataclass(frozen=True)
class PageLayout:
    placed: tuple[Placed, ...]
    articles: tuple[ArticleLayout, ...]


@dataclass
class _Head:
    first: int  # first block of the headline group
    anchor: int  # byline / dateline / heading block
    roles: dict[int, str]


def _kicker_like(block: Block) -> bool:
    """A kicker is one short line (an organisation, a place); a banner is a slogan."""
    return len(block.lines) == 1 and len(without_spaces(block.plain)) <= 16


def _head_roles(blocks: list[Block], shapes: list[Shape], group: list[int]) -> dict[int, str]:
    """Roles of a headline group, read backwards from the anchor."""
    roles: dict[int, str] = {}
    rest = list(group)
    if rest and (
        shapes[rest[-1]] is Shape.DASH
        or (len(rest) >= 2 and without_spaces(blocks[rest[-1]].plain).startswith("一"))
    ):
        roles[rest.pop()] = "subtitle"
    if rest:
        roles[rest.pop()] = "headline"
    if rest:
        last = rest.pop()
        roles[last] = "kicker" if _kicker_like(blocks[last]) else "banner"
    for i in rest:
        roles[i] = "banner"
    return roles


def _find_heads(blocks: list[Block], shapes: list[Shape]) -> list[_Head]:
    heads: list[_Head] = []
    claimed: set[int] = set()
    levels = [
        b.heading_level
        for b, s in zip(blocks, shapes, strict=True)
        if b.heading_level and s is Shape.DISPLAY
    ]
    top_level = min(levels) if levels else 0
    for i, shape in enumerate(shapes):
        if i in claimed:
            continue
        if shape in (Shape.BYLINE, Shape.DATELINE):
            if heads and heads[-1].anchor == i - 1 and shape is Shape.DATELINE:
                continue  # a dateline right under a byline: same article
            group: list[int] = []
            j = i - 1
            limit = 4 if shape is Shape.BYLINE else 3
            while j >= 0 and j not in claimed and shapes[j] in (Shape.DISPLAY, Shape.DASH):
                group.insert(0, j)
                j -= 1
                if len(group) == limit:
                    break
            roles = _head_roles(blocks, shapes, group)
            roles[i] = "byline" if shape is Shape.BYLINE else "dateline"
            heads.append(_Head(first=group[0] if group else i, anchor=i, roles=roles))
            claimed.update(group)
            claimed.add(i)
        elif shape is Shape.DISPLAY and top_level and blocks[i].heading_level == top_level:
            # A top-level Markdown heading with no byline under it still opens an article.
            k = i + 1
            group = [i]
            while k < len(blocks) and shapes[k] is Shape.DASH:
                group.append(k)
                k += 1
            if k < len(blocks) and shapes[k] in (Shape.BYLINE, Shape.DATELINE):
                continue  # the anchor below will take this group
            roles = {i: "headline"}
            for extra in group[1:]:
                roles[extra] = "subtitle"
            heads.append(_Head(first=i, anchor=group[-1], roles=roles))
            claimed.update(group)
    heads.sort(key=lambda h: h.first)
    return heads


def _body_roles(blocks: list[Block], shapes: list[Shape], indices: list[int]) -> dict[int, str]:
    """Roles of the blocks after an article's headline group."""
    roles: dict[int, str] = {}
    n = len(indices)
    pos = 0
    while pos < n:
        i = indices[pos]
        shape = shapes[i]
        if shape is Shape.FURNITURE:
            roles[i] = "furniture"
        elif shape is Shape.CREDIT:
            roles[i] = "photo_credit"
        elif shape is Shape.BYLINE:
            roles[i] = "byline"
        elif shape is Shape.DATELINE or shape is Shape.BODY:
            roles[i] = "body"
        elif shape is Shape.PERSON_CAPTION:
            prev_role = roles.get(indices[pos - 1]) if pos else None
            next_shape = shapes[indices[pos + 1]] if pos + 1 < n else None
            speaker = prev_role == "section_heading" and next_shape is Shape.BODY
            roles[i] = "speaker_line" if speaker else "portrait_caption"
        else:  # a run of display blocks
            end = pos
            while end + 1 < n and shapes[indices[end + 1]] in (Shape.DISPLAY, Shape.DASH):
                end += 1
            run = indices[pos : end + 1]
            before = indices[pos - 1] if pos else None
            after = indices[end + 1] if end + 1 < n else None
            interrupts = (
                before is not None
                and shapes[before] is Shape.BODY
                and not ends_sentence(blocks[before].plain)
                and after is not None
                and shapes[after] is Shape.BODY
            )
            followed_by_text = after is not None and shapes[after] in (
                Shape.BODY,
                Shape.PERSON_CAPTION,
            )
            for k, j in enumerate(run):
                last = k == len(run) - 1
                if interrupts:
                    roles[j] = "photo_caption"
                elif blocks[j].heading_level or (last and followed_by_text):
                    roles[j] = "section_heading"
                else:
                    roles[j] = "photo_caption"
            pos = end
        pos += 1
    return roles


def _kind(roles: dict[int, str], blocks: list[Block]) -> str:
    values = list(roles.values())
    if "dateline" in values:
        return "news_item"
    if values.count("speaker_line") >= 2:
        return "interview_roundup"
    bylines = [blocks[i].plain for i, r in roles.items() if r == "byline"]
    if bylines and not any(("记者" in b or "通讯员" in b) for b in bylines):
        return "commentary"
    if bylines:
        return "feature"
    return "other"


def layout(blocks: list[Block]) -> PageLayout:
    """Assign every block of a page to an article (or to the page) with a role."""
    shapes = [classify(b) for b in blocks]
    heads = _find_heads(blocks, shapes)
    roles: dict[int, str] = {}
    owner: dict[int, int | None] = {}
    articles: list[ArticleLayout] = []

    if not heads and blocks:
        # No headline group at all: the page is one article, headed by its first
        # display line if it opens with one.
        first_role = {0: "headline"} if shapes[0] is Shape.DISPLAY else {}
        heads = [_Head(first=0, anchor=0 if first_role else -1, roles=first_role)]

    # Blocks before the first headline group: a standfirst, captions, or a banner.
    first = heads[0].first if heads else len(blocks)
    preamble = list(range(first))
    body_before = [i for i in preamble if shapes[i] is Shape.BODY]
    headless = len(body_before) > 2 or (body_before and body_before[-1] != first - 1)
    if headless:
        # Text before any headline that is more than a standfirst: an article
        # continued from another page, kept as an article without headline.
        heads.insert(0, _Head(first=0, anchor=-1, roles={}))
        preamble = []
    for i in preamble:
        shape = shapes[i]
        if shape is Shape.BODY:
            roles[i] = "standfirst"
        elif shape is Shape.PERSON_CAPTION:
            roles[i] = "portrait_caption"
        elif shape is Shape.CREDIT:
            roles[i] = "photo_credit"
        elif shape is Shape.FURNITURE:
            roles[i] = "furniture"
        else:
            roles[i] = "banner"
        owner[i] = None if roles[i] in PAGE_LEVEL_ROLES else 0

    for a, head in enumerate(heads):
        start = head.first
        stop = heads[a + 1].first if a + 1 < len(heads) else len(blocks)
        article_roles = dict(head.roles)
        body = [i for i in range(max(head.anchor + 1, start), stop) if i not in article_roles]
        article_roles.update(_body_roles(blocks, shapes, body))
        for i, role in article_roles.items():
            roles[i] = role
            owner[i] = None if role in PAGE_LEVEL_ROLES else a
        member = [i for i in range(len(blocks)) if owner.get(i) == a]
        articles.append(
            ArticleLayout(
                index=a,
                kind=_kind({i: roles[i] for i in member}, blocks),
                first_block=min(member) if member else start,
                last_block=max(member) if member else start,
            )
        )

    placed = tuple(
        Placed(block=b, shape=shapes[b.index], role=roles[b.index], article=owner[b.index])
        for b in blocks
    )
    return PageLayout(placed=placed, articles=tuple(articles))
