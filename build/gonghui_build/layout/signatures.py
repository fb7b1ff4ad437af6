"""Who signs a text, settled by the page around the line (after :mod:`context` settles
furniture; run by :func:`context.settle`).

* **Signatures**: after the text, a line naming a body or a person before the date that
  closes a notice (``某某区总工会`` / ``2023年3月1日``) or at the page's end, or a dash and
  a name (``——东岭机械厂职工 韩晓峰``) wherever it stands, is the article's credit; so are
  a unit's line and the writer's name under it (``某某机械工会`` / ``某某``). A name
  alone between an item's text and the next item's headline closes the item above
  (:mod:`name_tails`).
* **A name alone under a headline** (``季晓芸`` between the title and the timestamp, the
  speaker under a speech's title) is its byline.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.signed_trades import trade_and_name
from gonghui_build.layout import cues
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.neighbours import Neighbours
from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.shapes import DASH_RE as _DASH_RE
from gonghui_build.layout.shapes import DISPLAY_SHAPES as _DISPLAY
from gonghui_build.layout.shapes import TEXT_SHAPES, Shape
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.names import is_name_shaped, is_plausible_name

#: Longest signature line (a body's name, or a unit and a person's name).
SIGNATURE_MAX = 30
#: Parts of speech no body's name holds: verbs, adverbs, prepositions, particles.
_NOT_IN_NAMES = ("v", "d", "p", "u", "c", "y", "e")


def signatures(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """Mark the signatures after a text as its end credits (in place)."""
    for i, shape in enumerate(shapes):
        if shape not in _DISPLAY:
            continue
        before, after = near.before[i], near.after[i]
        if before is None or shapes[before] not in TEXT_SHAPES:
            continue
        closes = shape is Shape.DASH or after is None  # a dash after text is no subtitle
        closes = closes or _over_afterword(blocks, after)
        dated = i + 1 < len(blocks) and _date_alone(blocks[i + 1])
        if (closes or dated) and _signature(blocks[i].plain, shape):
            shapes[i] = Shape.END_CREDIT
        elif after is not None and _unit_over_name(blocks, shapes, near, i):
            shapes[i] = shapes[after] = Shape.END_CREDIT


def _unit_over_name(blocks: list[Block], shapes: list[Shape], near: Neighbours, i: int) -> bool:
    """A signature in two lines after the text: the unit the writer signs from
    (``某某市机械工会``), then the writer's name alone on the last line (or over the
    date): the unit alone would read as a caption, the name as its subject."""
    after = near.after[i]
    if after is None or after != i + 1 or shapes[after] not in _DISPLAY:
        return False
    last = near.after[after] is None or (after + 1 < len(blocks) and _date_alone(blocks[after + 1]))
    name = without_spaces(blocks[after].plain)
    unit = without_spaces(blocks[i].plain)
    return (
        last
        and is_plausible_name(name, True)
        and len(unit) <= SIGNATURE_MAX
        and cues.names_a_body(unit)
        and not any(p in unit for p in "，,。：:")
    )


def _date_alone(block: Block) -> bool:
    text = without_spaces(block.plain)
    match = DATE_RE.search(text)
    return bool(match) and len(text) - (match.end() - match.start()) <= 2


def _signature(text: str, shape: Shape) -> bool:
    """A body's name (``某某区总工会``), a person's, or a dash before either."""
    compact = without_spaces(text)
    if shape is Shape.DASH:
        compact = _DASH_RE.sub("", compact)
        rest = _DASH_RE.sub("", text.strip()).split()
        if rest and is_name_shaped(rest[-1]) and len(compact) <= SIGNATURE_MAX:
            return True
    if not compact or len(compact) > SIGNATURE_MAX or any(p in compact for p in "，,。：:"):
        return False
    if is_name_shaped(compact) or _writer_and_address(compact) or _unit_then_name(text):
        return True
    if _trade_then_name(text):
        return True
    if not cues.names_a_body(compact):
        return False
    return not any(t.tag.startswith(_NOT_IN_NAMES) for t in _words_outside_places(compact))


def _over_afterword(blocks: list[Block], after: int | None) -> bool:
    """The next block is the editor's afterword or note (``编后：…``, ``编者按：…``): the
    line over it ends the text it follows, as the page's end would (a letter's signature
    before the afterword the paper sets under the letter, real_dev27)."""
    return after is not None and cues.opens_with_label(blocks[after].plain)


def _trade_then_name(text: str) -> bool:
    """A worker's signature: the trade, a blank, the name (``钢筋工 某某``, ``木工 某某``),
    as a reader's letter is signed; a trade alone or a name alone is no signature."""
    signed = trade_and_name(text)
    return signed is not None and is_plausible_name(signed[1], True)


def _words_outside_places(compact: str) -> list[tokenizer.Token]:
    """The words of a body's name outside the divisions it names in full: jieba splits
    some districts' names into a verb and a noun (``望城区`` → 望/城区, ``开福区`` →
    开/福区), which the list of divisions knows for one name."""
    spans = [(m.start, m.end) for m in places.find_places(compact) if m.full]
    return [
        t
        for t in tokenizer.tag_tokens(compact)
        if not any(a <= t.start and t.end <= b for a, b in spans)
    ]


#: What a reader's address before the name of a letter's writer ends with: a post box
#: (``某市66号信箱``), a number, a unit (``某某厂``, ``某某公司``, ``某某收费所``).
_ADDRESS_END_RE = re.compile(r"(?:信箱|\d号?|厂|公司|所|站|队|局|院|校|店|矿|场|部|处|科|车间)$")


def _writer_and_address(compact: str) -> bool:
    """A letter's signature: where its writer lives or works, then the writer's name
    (``某市66号信箱某某某``, ``某某厂某某``), with no blank between them."""
    for size in (3, 2):
        head, name = compact[:-size], compact[-size:]
        if len(head) >= 2 and _ADDRESS_END_RE.search(head) and is_plausible_name(name, True):
            return True
    return False


#: What a reader's signature calls the writer before the name (``某市读者 某某``).
_READER_WORD = "读者"


def _unit_then_name(text: str) -> bool:
    """A letter's or essay's signature, or a web copy's byline, that sets its writers'
    names apart by blanks after the unit or place they sign from (``某厂工会 某某``,
    ``某省某市读者 某某``, ``某某公司 某某 某某``): the unit alone would read as a body
    and the name alone as a caption's subject."""
    parts = text.split()
    if not 2 <= len(parts) <= 4 or not all(is_plausible_name(p, True) for p in parts[1:]):
        return False
    return cues.names_a_body(parts[0]) or parts[0].endswith(_READER_WORD)


def name_bylines(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """Mark a name alone between a headline and its text as the text's byline (in place)."""
    titles = lexicon.titles()
    for i, shape in enumerate(shapes):
        if shape is not Shape.DISPLAY:
            continue
        names = blocks[i].plain.split()
        named = 1 <= len(names) <= 3 and all(is_plausible_name(n, False) for n in names)
        if not named and not _unit_then_name(blocks[i].plain):  # 某某公司 某某: its writer
            continue
        before, after = near.before[i], near.after[i]
        if before is None or after is None or shapes[before] not in _DISPLAY:
            continue
        if shapes[after] in TEXT_SHAPES and not titles.at_end.search(blocks[before].plain):
            shapes[i] = Shape.BYLINE
