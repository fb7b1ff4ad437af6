"""Chronicles (大事记) whose entries set their date off with a comma.

A chronicle prints one dated event a paragraph. A yearbook sets the date off with a wide
blank (:mod:`context`); a union site's monthly chronicle writes it as running text does,
with a comma (``5日，某市总工会召开…``, ``同日，…``, ``6月，…``). A date and a comma open
many a paragraph of a news report too, so here they mark an entry only under a line that
titles a chronicle (``某市总工会二〇二〇年一月大事记``, a breadcrumb ending in ``大事记``),
when three or more of the paragraphs after it open so and few do not. Each entry is then
an item of its own, as a digest's is (the convention of the annotated real-page sets), and
the title and the month headings over the entries are the page's.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: A number in a date, in digits or Chinese numerals (``5``, ``十二``, ``二〇〇九``).
_NUM = r"(?:\d{1,4}|[〇○零一二三四五六七八九十]{1,4})"
_DAY = rf"(?:(?:{_NUM}年)?{_NUM}月)?{_NUM}日"
_RANGE_TO = r"(?:至|到|—|－|-|~|～)"
_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚|凌晨)?"
_SINCE = r"(?:起|前后|期间)?"
#: Symbols a web copy scatters after a date (``1月7日◆★，``): not text.
_SCATTER = r"[\u25a0-\u25ff\u2600-\u26ff]*"
_COMMA = rf"{_SCATTER}[，,]"
#: An entry's date and its comma: a day or days, a month or part of one, or the same day.
_ENTRY_DATE_RE = re.compile(
    rf"^(?:{_DAY}(?:{_RANGE_TO}{_DAY})?{_PART_OF_DAY}{_SINCE}"
    rf"|(?:{_NUM}年)?{_NUM}月(?:上旬|中旬|下旬|份|间|底|初)?"
    rf"|(?:同日|当日|是日|同月){_PART_OF_DAY}{_SINCE}){_COMMA}"
)
#: Fewest comma-dated entries under a chronicle's title that make it one.
ENTRIES_MIN = 3
#: Least share of the paragraphs after the title that open with an entry's date.
ENTRY_SHARE = 2 / 3
#: Longest line read as a chronicle's title (a breadcrumb included).
TITLE_MAX = 40


@functools.cache
def _title_re() -> re.Pattern[str]:
    words = lexicon.load("page_furniture.yaml")["chronicle_title_words"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def opens_with_entry_date(text: str) -> bool:
    """``text`` opens with a chronicle entry's date and a comma (``21日至23日，…``)."""
    return bool(_ENTRY_DATE_RE.match(without_spaces(text)))


def _titles_a_chronicle(block: Block, shape: Shape) -> bool:
    """Short lines, not running text, one of them naming a chronicle (a title, or a
    breadcrumb under a site's menu)."""
    lines = [without_spaces(line) for line in block.plain_lines]
    return (
        shape is not Shape.BODY
        and all(len(line) <= TITLE_MAX for line in lines)
        and any(_title_re().search(line) for line in lines)
    )


def comma_chronicle(blocks: list[Block], shapes: list[Shape]) -> tuple[list[int], list[int]]:
    """A chronicle dated with commas: its title lines (the last is the one just over the
    entries) and its entries; two empty lists when the page holds none."""
    titles = [i for i, b in enumerate(blocks) if _titles_a_chronicle(b, shapes[i])]
    if not titles:
        return [], []
    texts = [i for i in range(titles[0] + 1, len(blocks)) if shapes[i] is Shape.BODY]
    dated = [i for i in texts if opens_with_entry_date(blocks[i].plain)]
    if len(dated) < ENTRIES_MIN or len(dated) < ENTRY_SHARE * len(texts):
        return [], []
    return [i for i in titles if i < dated[0]], dated


def mark_comma_chronicle(blocks: list[Block], shapes: list[Shape]) -> None:
    """Each entry of a chronicle dated with commas becomes an item; its titles, display
    lines over the entries rather than any one entry's headline, become the page's."""
    titles, entries = comma_chronicle(blocks, shapes)
    for i in entries:
        shapes[i] = Shape.ITEM
    for i in titles:
        if shapes[i] is not Shape.FURNITURE:
            shapes[i] = Shape.FURNITURE
