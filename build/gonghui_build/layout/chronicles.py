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

A farm's or a plant's gazetteer put online prints a year's chronicle under the year alone
(``1995年``, often twice: the page's title and the book's heading) and sets each entry's
date off by a comma or by a single blank (``1月19日 农场召开…``, ``9月 农场…``), the
OCR leaving blanks inside the dates (``1 月23日``, ``2 月16~17日``). The year is that
chronicle's title, and a blank after a date under a title sets it off as a comma does.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.chronicle_titles import RANGE_TO, names_a_chronicle
from gonghui_build.layout.printed_dates import YEAR_HEADING_RE
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
#: A date given by the entry before or by the chronicle itself: the same day or month
#: (``同日``, ``是日``, ``是月``) or the chronicle's year (``是年``, closing a gazetteer's year
#: with what no one day dates).
_RELATIVE_DATE = r"(?:同日|同月|是日|是月|是年|当日|次日)"
#: An entry's date and the comma after it: a day or days (``5日``, ``5日至16日``,
#: ``11日-15日``, ``2月28日至3月1日``), a month or part of one (``6月``, ``3月上旬``), or
#: a relative date (``同日``, ``同日起``, ``是年``).
_COMMA_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?起?"
    rf"|{_MONTH_PART}"
    rf"|{_RELATIVE_DATE}(?:[上下]午|晚|起)?)[，,]\S"
)
#: An entry's date and a blank after it, under a chronicle's title: a day or days (``1月
#: 19日``, ``2月16~17日``, ``10月13日~12月30日``), a month or part of one (``9月``) or a
#: relative date (``是年``), then a blank (one or more) and the event, which opens with no
#: figure.
_BLANK_SET_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?"
    rf"|\d{{1,2}}月\d{{1,2}}{RANGE_TO}\d{{1,2}}日"
    rf"|{_MONTH_PART}|{_RELATIVE_DATE})[ \u00a0\u3000\t]+[^\s\d]"
)
#: A blank the OCR left inside a date (``1 月23日``, ``9月3 日``, ``4 月8 ~9 日``): a
#: single one between a figure and the next part of the date.
_BLANK_IN_DATE_RE = re.compile(r"(?<=\d) (?=[月日~～—\-－至到])|(?<=[月~～—\-－]) (?=\d)")
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
    if _COMMA_DATE_RE.match(text) or _BARE_DAY_RE.match(text):
        return True
    return bool(_BLANK_SET_DATE_RE.match(_BLANK_IN_DATE_RE.sub("", text)))


def _titles_a_chronicle(plain: str) -> bool:
    """A chronicle's title: its name (``…大事记``) or, over a gazetteer's year of entries,
    the year alone (``1995年``)."""
    return names_a_chronicle(plain) or bool(YEAR_HEADING_RE.match(plain))


def comma_dated_entries(blocks: list[Block], shapes: list[Shape]) -> None:
    """Under a chronicle's title, paragraphs opening with a date set off by a comma or a
    blank are its entries, each an item; the title is the page's furniture."""
    titles = [
        i
        for i, b in enumerate(blocks)
        if shapes[i] is Shape.DISPLAY and _titles_a_chronicle(b.plain)
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
