"""Award lists of units printed one a line.

An award's report or a list's page prints the units it honours one a line under the
award's heading (``全国五一劳动奖状`` over ``某某股份有限公司`` / ``某市中级人民法院`` / …) or
under a paragraph ending on a colon (``名单如下：``). Short lines with no sentence mark
look like photo captions, but each is an item of the list: a paragraph of the text (the
annotation guidelines: a list printed one item a line under a heading has one body
paragraph a line). The heading stays a heading. A run of institutions' names with no
such lead-in (a joint notice's signatures) is left as it was.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.roster import ROSTER_LINE_MAX
from gonghui_build.text.chars import SENTENCE_MARKS, without_spaces

#: Fewest units in a row that make a list.
UNITS_MIN = 3
#: Longest heading over a list (characters).
HEADING_MAX = 20
#: A sentence's marks (:data:`~gonghui_build.text.chars.SENTENCE_MARKS`) and a colon: a
#: unit's name holds none.
_SENTENCE_MARKS = SENTENCE_MARKS | frozenset("：:")
#: A note in brackets after a unit's name (``某研究所（某某材料研究所）``).
_NOTE_RE = re.compile(r"[（(][^（）()]{1,20}[）)]$")


@functools.cache
def _heading_words() -> re.Pattern[str]:
    data = lexicon.load("page_furniture.yaml")
    return re.compile(lexicon.alternation(data["award_list_headings"]))


def _unit_line(block: Block, display: set[int]) -> bool:
    """One display line that is only a unit's name: it ends with an organisation's suffix."""
    text = without_spaces(block.plain)
    if block.index not in display or len(block.lines) != 1 or len(text) > ROSTER_LINE_MAX:
        return False
    if any(ch in _SENTENCE_MARKS for ch in text):
        return False
    name = _NOTE_RE.sub("", text)
    suffix = suffix_of(name)
    return suffix is not None and len(name) > len(suffix) + 1


def heading_names_award(block: Block) -> bool:
    """One short line naming an award or a list (``全国五一劳动奖章``, ``先进集体``)."""
    compact = without_spaces(block.plain)
    return (
        len(block.lines) == 1
        and len(compact) <= HEADING_MAX
        and bool(_heading_words().search(compact))
    )


def _leads_in(block: Block, display: set[int], text: set[int]) -> bool:
    """A list's lead-in: running text ending on a colon, or a heading naming an award or
    a list."""
    compact = without_spaces(block.plain)
    if block.index in text:
        return compact.endswith(("：", ":"))
    return block.index in display and heading_names_award(block)


def unit_list_items(blocks: list[Block], display: set[int], text: set[int]) -> frozenset[int]:
    """The blocks (indices) that are the units of award lists: three or more unit lines
    in a row right under a lead-in (:func:`_leads_in`)."""
    out: set[int] = set()
    k = 1
    while k < len(blocks):
        if not (_unit_line(blocks[k], display) and _leads_in(blocks[k - 1], display, text)):
            k += 1
            continue
        j = k
        while j < len(blocks) and _unit_line(blocks[j], display):
            j += 1
        if j - k >= UNITS_MIN:
            out.update(range(k, j))
        k = j
    return frozenset(out)
