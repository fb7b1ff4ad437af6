"""The headings of a document's outline and of a round-up's parts (一、… over its text,
某市：… over its text): section headings inside one article, never text and never the
start of another article."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS, chinese_to_int

if TYPE_CHECKING:
    from gonghui_build.layout.blocks import Block

#: A part's heading in a document's outline (``一、坚持民主管理，推进厂务公开``): an
#: ordinal, then words that end no sentence.
_OUTLINE_HEAD_RE = re.compile(rf"^[{TEN_NUMERALS}]{{1,3}}、[^。；;！？!?]{{2,30}}$")
#: The first item of a part, numbered a level lower (``1．``, ``（一）``, ``(1)``).
_SUB_ITEM_RE = re.compile(
    rf"^(?:\d{{1,2}}[．.、]|[（(](?:[{TEN_NUMERALS}]{{1,3}}|\d{{1,2}})[）)])\S"
)


def outline_headings(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The one-line blocks that head a part of a document's outline: an ordinal heading
    (:data:`_OUTLINE_HEAD_RE`) whose next block (none in ``skip``, furniture) opens
    the part's first item a level lower (``一、…`` over ``1．…``), or one of two or more
    such headings numbered in turn each over running text of its own (a report's parts,
    ``一、抓好民主管理`` / text / ``二、开展劳动竞赛`` / text), or a round-up's place-headed
    parts (:func:`_place_headed_parts`): headings, never text."""
    kept = [b for b in blocks if b.index not in skip]
    out = {
        b.index
        for b, nxt in itertools.pairwise(kept)
        if len(b.lines) == 1
        and _OUTLINE_HEAD_RE.match(without_spaces(b.plain))
        and _SUB_ITEM_RE.match(nxt.plain.strip())
    }
    return frozenset(out | _parts_in_turn(kept) | _place_headed_parts(kept))


def _parts_in_turn(kept: list[Block]) -> set[int]:
    """Ordinal headings over running text, kept when the heading numbered one before or
    one after it is printed too (a lone ``一、…`` may be a numbered sentence)."""
    numbered: dict[int, int] = {}
    for b, nxt in itertools.pairwise(kept):
        head = _OUTLINE_HEAD_RE.match(without_spaces(b.plain)) if len(b.lines) == 1 else None
        if head is None or _OUTLINE_HEAD_RE.match(without_spaces(nxt.plain)):
            continue
        number = chinese_to_int(without_spaces(b.plain).split("、", 1)[0])
        if number is not None and ends_sentence(without_spaces(nxt.plain)):
            numbered[b.index] = number
    values = set(numbered.values())
    return {i for i, n in numbered.items() if n + 1 in values or n - 1 in values}


#: Most blocks of a notice's part between its heading and the next (``时间：…`` / ``地点：…``).
NOTICE_PART_MAX = 4


def notice_part_texts(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The text of each part of a notice's outline, however short (``一、比赛时间`` /
    ``3月8日上午10:00`` / ``二、比赛地点`` / ``校图书馆四楼阅览室``): the blocks between
    one-line ordinal headings numbered in turn, at most :data:`NOTICE_PART_MAX` of them,
    and the one block under the last such heading. A short line ending no sentence
    reads as a photo's caption on its own; between its part's headings it is text
    (union notices of contests and outings on campus and company sites, read in session
    36)."""
    kept = [b for b in blocks if b.index not in skip]
    heads = [(k, _ordinal(b)) for k, b in enumerate(kept)]
    heads = [(k, n) for k, n in heads if n is not None]
    out: set[int] = set()
    for (k, n), (k2, n2) in itertools.pairwise(heads):
        if n2 != n + 1 or not 1 < k2 - k <= NOTICE_PART_MAX + 1:
            continue
        out.update(b.index for b in kept[k + 1 : k2])
        last = k2 + 1 < len(kept) and (k2, n2) == heads[-1]
        if last and _OUTLINE_HEAD_RE.match(without_spaces(kept[k2].plain)):
            out.add(kept[k2 + 1].index)
    return frozenset(out)


def _ordinal(block: Block) -> int | None:
    """The number of a one-line ordinal heading (``三、比赛地点`` → 3), None for any other."""
    text = without_spaces(block.plain)
    if len(block.lines) != 1 or not _OUTLINE_HEAD_RE.match(text):
        return None
    return chinese_to_int(text.split("、", 1)[0])


#: A round-up's part heading: a place, a colon, one or two short phrases apart by a
#: blank (``某市：律师驻点 一周办结``), nothing that ends or parts a sentence.
_PLACE_HEAD_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}[:：][\u4e00-\u9fff“”]{2,10}(?:[ \u3000]+[\u4e00-\u9fff“”]{2,10})?$"
)
#: Fewest part headings of a round-up read from their shape.
PLACE_PARTS_MIN = 2


def _place_headed_parts(kept: list[Block]) -> set[int]:
    """Part headings of a round-up, a place and a colon before a phrase or two
    (``某市：联合检查 源头防欠``), each over a paragraph that ends a sentence, two of
    them at least: headings, never text."""
    heads = {
        b.index
        for b, nxt in itertools.pairwise(kept)
        if len(b.lines) == 1
        and _PLACE_HEAD_RE.match(b.plain.strip())
        and ends_sentence(without_spaces(nxt.plain))
    }
    return heads if len(heads) >= PLACE_PARTS_MIN else set()
