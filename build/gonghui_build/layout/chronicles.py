"""Chronicles (大事记) whose entries set their date off by a comma.

A chronicle printed under its title (``某市总工会二〇〇九年一月大事记``, ``某省总工会3月
要事``) opens each entry with its date and a comma (``5日，市总工会召开…``, ``同日，…``,
``1月7日，…``, ``6月，…``) or, in a book's layout, the day alone and a wide blank (``10
某某工会召开…``). Each entry is an item of its own, as a chronicle's whose dates are set off
by a wide blank (:func:`context._chronicle_entries`), and the title over them is the page's
(a digest's title), not the first entry's headline. Without such a title, paragraphs that
open with a date are an article's text: news articles open their paragraphs so too. So
are they under the title when any paragraph there opens with no date: an article about
the events (a review of the year, a report whose paragraphs go by days), one text.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.chronicle_titles import RANGE_TO, names_a_chronicle
from gonghui_build.layout.shapes import Shape

_DAY = r"\d{1,2}日(?:[上下]午|晚)?"
_MONTH_DAY = rf"(?:\d{{1,2}}月)?{_DAY}"
#: A day after its month or not (``5日``, ``3月5日``), no part of the day.
_PLAIN_MONTH_DAY = r"(?:\d{1,2}月)?\d{1,2}日"
#: A month or a part of one (``6月``, ``3月上旬``, ``5月底``).
_MONTH_PART = r"\d{1,2}月(?:上旬|中旬|下旬|份|间|底|初)?"
#: The wide blank that sets a date off from its event (two spaces, an ideographic
#: space, a tab).
_WIDE_BLANK = r"(?:[ \u00a0]{2,}|\u3000+|\t+)"
#: An entry's date and the comma after it: a day or days (``5日``, ``5日至16日``,
#: ``11日-15日``, ``2月28日至3月1日``), a month or part of one (``6月``, ``3月上旬``), or
#: the day of the entry before (``同日``, ``同日起``).
_COMMA_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?起?"
    rf"|{_MONTH_PART}"
    r"|(?:同日|同月|是日|当日|次日)(?:[上下]午|晚|起)?)[，,]\S"
)
#: A day alone set off by a wide blank (``10  某某工会…``): a book's chronicle under a
#: month's title.
_BARE_DAY_RE = re.compile(rf"^\d{{1,2}}(?:[—\-－]\d{{1,2}})?{_WIDE_BLANK}\D")
#: A chronicle's entry whose date (a day, days, a month or part of one) a wide blank
#: sets off from the event (:func:`context._chronicle_entries`). Its range marks are
#: fewer than :data:`RANGE_TO`'s, as they were when it was written: the same parts,
#: the output unchanged.
BLANK_DATE_RE = re.compile(
    rf"^{_PLAIN_MONTH_DAY}(?:[至到—\-]{_PLAIN_MONTH_DAY})?{_WIDE_BLANK}\S"
    rf"|^{_MONTH_PART}{_WIDE_BLANK}\S"
)
#: Fewest dated entries that make a chronicle. Every paragraph under the title must be
#: one: a title over dated paragraphs and others is an article's, its text as printed.
ENTRIES_MIN = 3


def _opens_with_date(plain: str) -> bool:
    text = plain.strip()
    return bool(_COMMA_DATE_RE.match(text) or _BARE_DAY_RE.match(text))


def comma_dated_entries(blocks: list[Block], shapes: list[Shape]) -> None:
    """Under a chronicle's title, paragraphs opening with a date and a comma are its
    entries, each an item; the title is the page's furniture."""
    titles = [
        i for i, b in enumerate(blocks) if shapes[i] is Shape.DISPLAY and names_a_chronicle(b.plain)
    ]
    if not titles:
        return
    text = [i for i in range(titles[0] + 1, len(blocks)) if shapes[i] is Shape.BODY]
    dated = [i for i in text if _opens_with_date(blocks[i].plain)]
    if len(dated) < ENTRIES_MIN or len(dated) < len(text):
        return
    for i in dated:
        shapes[i] = Shape.ITEM
    for i in titles:
        shapes[i] = Shape.FURNITURE
