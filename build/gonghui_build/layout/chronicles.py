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
chronicle's title (in figures or in Chinese numerals, ``二〇一九年``), and a blank after a
date under a title sets it off as a comma does. The copy may print a date alone on its
line over the day's paragraph (``1月6日`` / ``区总工会召开…``), or break an entry's line in
mid-sentence (``…并为女职工举办`` / ``健康知识讲座。``): the date line heads its entry,
the broken line's rest stays with it, and the other entries still split.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.chronicle_titles import MONTH_PART, RANGE_TO, names_a_chronicle
from gonghui_build.layout.printed_dates import year_heading
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence
from gonghui_build.text.lunar_days import DAY, MONTH_NUMBER, NAMED_MONTH

_DAY = r"\d{1,2}日(?:[上下]午|晚)?"
_MONTH_DAY = rf"(?:\d{{1,2}}月)?{_DAY}"
#: A day after its month or not (``5日``, ``3月5日``), no part of the day.
_PLAIN_MONTH_DAY = r"(?:\d{1,2}月)?\d{1,2}日"
#: A month or a part of one (``6月``, ``3月上旬``, ``5月底``), or the month with 份 or 间
#: (``6月份``, ``6月间``).
_MONTH_OR_PART = rf"\d{{1,2}}月(?:{MONTH_PART}|份|间)?"
#: The wide blank that sets a date off from its event (two spaces, an ideographic
#: space, a tab).
_WIDE_BLANK = r"(?:[ \u00a0]{2,}|\u3000+|\t+)"
#: A date given by the entry before or by the chronicle itself: the same day or month
#: (``同日``, ``是日``, ``是月``), the chronicle's year (``是年``, ``本年``, closing a
#: gazetteer's year with what no one day dates) or a season of that year (``春  全县兴修…``).
#: A union's chronicle of the 1950s prints ``本年，…`` among its dated entries and a
#: county's chronicle ``春`` (real pages read in session 33): either left the whole
#: chronicle one article. A part of a month alone (``中旬，…``) is no entry's date: a
#: measuring set holds a chronicle page whose paragraph so opened is one article's text.
#: ``本月``/``当月`` (the month under whose heading the entry stands) was missing: a
#: chronicle with a ``本月，…`` entry stayed one article (session 40, layout36).
_RELATIVE_DATE = r"(?:同日|同月|是日|是月|本月|当月|是年|本年|当日|次日|[春夏秋冬]季?)"
#: The month a chronicle prints as its heading (``1月`` alone over its days), named by an
#: entry: ``本月``, ``是月``, ``当月``. A city's chronicle put online (read in session 40)
#: prints under ``本月  …`` further events of that month as paragraphs of their own, with
#: no date (:func:`_month_events`).
_THIS_MONTH_RE = re.compile(r"^(?:本月|是月|当月|同月)[，,\s]")


def _part_of_month_alone() -> str:
    """A part of a month printed with no month before it: a ten (``中旬``), or 月 and an
    end (``月初``, ``月底``, ``月末``) of the dates' month_parts, or the month's middle
    (``月中``, dates' month_middle): the dates' lists, so a chronicle and a date's text
    read the same parts."""
    parts = lexicon.table("dates.yaml", "month_parts")
    middle = lexicon.words("dates.yaml", "month_middle")
    return (
        f"(?:{lexicon.alternation(parts['tens'])}|月(?:{lexicon.alternation(parts['ends'])})"
        f"|{lexicon.alternation(middle)})"
    )


#: A part of the month under its heading, set off by a blank (``中旬  某厂工会举办…``): a
#: city's chronicle prints it among the days. Set off by a comma (``中旬，…``) it stays no
#: entry's date (a measuring set's page, above).
_PART_OF_MONTH = _part_of_month_alone()
#: Months from one to another (``6月—7月``, ``3月至5月``): a county yearbook's chronicle
#: dates a campaign so among its days (real_dev22); the entry was no entry and the whole
#: chronicle stayed one article.
_MONTHS = rf"\d{{1,2}}月{MONTH_PART}?{RANGE_TO}\d{{1,2}}月{MONTH_PART}?"
#: A note in brackets after an entry's day, before its comma: the lunar date or the
#: weekday (``2月1日（农历正月初一），…``, ``5日（星期一），…``). A league's yearbook
#: chronicle prints its Spring Festival entry so (real_dev18): the entry was no entry and
#: the whole chronicle stayed one article.
_DATE_NOTE = r"[（(](?:农历|星期|周)[^（）()，,。]{1,8}[）)]"
#: An entry's date and the comma after it: a day or days (``5日``, ``5日至16日``,
#: ``11日-15日``, ``2月28日至3月1日``), a month or part of one (``6月``, ``3月上旬``), or
#: a relative date (``同日``, ``同日起``, ``是年``). A city union's gazetteer sets the date
#: off by a dash instead (``1月8日——市总工会召开…``, ``6月——某厂…``): as a comma does.
_COMMA_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?起?(?:{_DATE_NOTE})?"
    rf"|{_MONTHS}|{_MONTH_OR_PART}"
    rf"|{_RELATIVE_DATE}(?:[上下]午|晚|起)?)(?:[，,]|——|──)\S"
)
#: Days of one month printed with the month once (``5月28-29日``, ``1月12~14日``): county
#: chronicles print their meetings' days so.
_DAYS_OF_A_MONTH = rf"\d{{1,2}}月\d{{1,2}}{RANGE_TO}\d{{1,2}}日"
#: An entry's date and a blank after it, under a chronicle's title: a day or days (``1月
#: 19日``, ``2月16~17日``, ``10月13日~12月30日``), a month or part of one (``9月``) or a
#: relative date (``是年``), then a blank (one or more) and the event, which opens with no
#: figure.
_BLANK_SET_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?(?:{_DATE_NOTE})?"
    rf"|{_DAYS_OF_A_MONTH}"
    rf"|{_MONTHS}|{_MONTH_OR_PART}|{_RELATIVE_DATE}|{_PART_OF_MONTH})[ \u00a0\u3000\t]+[^\s\d]"
)
#: A blank the OCR left inside a date (``1 月23日``, ``9月3 日``, ``4 月8 ~9 日``): a
#: single one between a figure and the next part of the date.
_BLANK_IN_DATE_RE = re.compile(r"(?<=\d) (?=[月日~～—\-－至到])|(?<=[月~～—\-－]) (?=\d)")
#: A day alone set off by a wide blank (``10  某某工会…``): a book's chronicle under a
#: month's title.
_BARE_DAY_RE = re.compile(rf"^\d{{1,2}}(?:[—\-－]\d{{1,2}})?{_WIDE_BLANK}\D")
#: A range from a month or a part of one to a day, or from a day to a part of a month
#: (``1月中旬至1月30日``, ``12月28日至1月上旬``): a district yearbook's chronicle dates its
#: festival visits so among its days (real_dev31: the entry was no entry, and the
#: chronicle stayed one article under its year).
_MIXED_RANGE = (
    rf"\d{{1,2}}月(?:\d{{1,2}}日|{MONTH_PART})?{RANGE_TO}"
    rf"(?:\d{{1,2}}月)?(?:\d{{1,2}}日|{MONTH_PART})"
)
#: A lunar day printed as an entry's date (``农历腊月二十三``, ``腊月廿四``, ``正月初八``):
#: after 农历 a month by number or by its own name, without it only by its own name (no
#: Gregorian month is called 正月, 冬月 or 腊月), then the day (:mod:`.text.lunar_days`).
_LUNAR_DAY = rf"(?:农历(?:{NAMED_MONTH}|{MONTH_NUMBER})|{NAMED_MONTH})月(?:{DAY})"
#: The chronicle's year closing its entries with what no day dates (``二〇二二年度  区总工会
#: 共建成…``, ``2022年  全区…``, ``全年  …``), as ``是年`` does: a wide blank after it, so
#: never the year's heading alone on its line.
_WHOLE_YEAR = r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?|全年)"
#: A chronicle's entry whose date (a day, days, a month or part of one) a wide blank
#: sets off from the event (:func:`context._chronicle_entries`), or a relative date so
#: set off (``是年  全县新建…``, closing a year's entries). A county yearbook prints the
#: lunar date in brackets after the day (``2月11日（农历腊月二十三）  …``) and a run of
#: months (``6月—7月  …``): entries too (real_dev22; either left the chronicle one
#: article). Its range marks between two days are fewer than :data:`RANGE_TO`'s, as they
#: were when it was written (the output unchanged); days of one month (``5月28-29日``) and
#: a run of months take all of them, as under a title.
#: A range mixing a month's part and a day, a lunar day or the whole year so set off
#: opens an entry too (real_dev31).
BLANK_DATE_RE = re.compile(
    rf"^{_PLAIN_MONTH_DAY}(?:[至到—\-]{_PLAIN_MONTH_DAY})?(?:{_DATE_NOTE})?{_WIDE_BLANK}\S"
    rf"|^(?:{_MIXED_RANGE}|{_LUNAR_DAY}|{_WHOLE_YEAR}){_WIDE_BLANK}\S"
    rf"|^{_DAYS_OF_A_MONTH}{_WIDE_BLANK}\S"
    rf"|^(?:{_MONTHS}|{_MONTH_OR_PART}){_WIDE_BLANK}\S"
    rf"|^{_RELATIVE_DATE}{_WIDE_BLANK}\S"
)
#: A day or days alone on their line (``1月6日``, ``3月12日至14日``, ``9月3日—5日``).
_DATE_ALONE_RE = re.compile(rf"^\d{{1,2}}月{_DAY}(?:{RANGE_TO}(?:\d{{1,2}}月)?{_DAY})?$")
#: Fewest dated entries that make a chronicle. Every paragraph under the title must be
#: one: a title over dated paragraphs and others is an article's, its text as printed.
ENTRIES_MIN = 3


#: An entry's date and a dash after it (``1月8日——市总工会召开…``, ``2月上旬——…``,
#: ``9月16日至19日——…``): a city union's gazette prints its chronicle so (real pages read in
#: session 51: a county's and a city union's chronicles of the 1980s, the OCR leaving a
#: blank inside a date, ``3月 7日——``). The dash is the comma's part, so only under a title.
#: The dashes a chronicle sets an entry's date off with (read by the activities' names too).
DATE_DASHES = "——|—|－－|--"
_DASH_DATE_RE = re.compile(
    rf"^(?:{_MONTH_DAY}(?:{RANGE_TO}{_MONTH_DAY})?|{_DAYS_OF_A_MONTH}|{_MONTH_OR_PART}"
    rf"|{_RELATIVE_DATE})\s*(?:{DATE_DASHES})\s*[^\s\d—\-－]"
)


def _opens_with_date(plain: str) -> bool:
    text = plain.strip()
    if _COMMA_DATE_RE.match(text) or _BARE_DAY_RE.match(text):
        return True
    compact = _BLANK_IN_DATE_RE.sub("", text)  # ``3月 7日——…``: the OCR's blank in the date
    return bool(
        _BLANK_SET_DATE_RE.match(compact)
        or _COMMA_DATE_RE.match(compact)
        or _DASH_DATE_RE.match(compact)
    )


def _titles_a_chronicle(plain: str) -> bool:
    """A chronicle's title: its name (``…大事记``) or, over a gazetteer's year of entries,
    the year alone (``1995年``, ``二〇一九年``)."""
    return names_a_chronicle(plain) or year_heading(plain) is not None


def _date_alone(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A day or days printed alone on their line (``1月6日``, ``3月12日至14日``) over a
    paragraph that opens with no date: that paragraph's date, the line an entry's head."""
    nxt = i + 1
    return (
        shapes[i] in (Shape.DISPLAY, Shape.BODY)
        and bool(_DATE_ALONE_RE.match(_BLANK_IN_DATE_RE.sub("", blocks[i].plain.strip())))
        and nxt < len(blocks)
        and shapes[nxt] is Shape.BODY
        and not _opens_with_date(blocks[nxt].plain)
    )


def _dated_entry(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A paragraph opening with a date set off by a comma or a blank; or such a line cut
    in mid-sentence, read as a display line, over the paragraph that ends it."""
    if shapes[i] not in (Shape.BODY, Shape.DISPLAY) or not _opens_with_date(blocks[i].plain):
        return False
    return shapes[i] is Shape.BODY or _runs_on(blocks, shapes, i + 1, {i})


def _runs_on(blocks: list[Block], shapes: list[Shape], i: int, dated: set[int]) -> bool:
    """The rest of an entry whose line the OCR or the book broke in mid-sentence (``…并为
    女职工举办`` / ``健康知识讲座。``): a paragraph right under a dated entry, or under such
    a rest, whose text ends no sentence."""
    if i >= len(blocks) or shapes[i] is not Shape.BODY or _opens_with_date(blocks[i].plain):
        return False
    before = i - 1
    while before >= 0 and before not in dated:
        if shapes[before] is not Shape.BODY or ends_sentence(blocks[before].plain.strip()):
            return False
        before -= 1
    return before >= 0 and not ends_sentence(blocks[i - 1].plain.strip())


def comma_dated_entries(blocks: list[Block], shapes: list[Shape]) -> None:
    """Under a chronicle's title, paragraphs opening with a date set off by a comma or a
    blank are its entries, each an item; so is a date printed alone on its line with the
    paragraph under it (the date the entry's first line, the paragraph its text). The
    title is the page's furniture."""
    titles = [
        i
        for i, b in enumerate(blocks)
        if shapes[i] is Shape.DISPLAY and _titles_a_chronicle(b.plain)
    ]
    if not titles:
        return
    after = range(titles[0] + 1, len(blocks))
    heads = [i for i in after if _date_alone(blocks, shapes, i)]
    headed = {i + 1 for i in heads}
    text = [i for i in after if shapes[i] is Shape.BODY and i not in heads and i not in headed]
    dated = [i for i in after if i not in heads and _dated_entry(blocks, shapes, i)]
    entries = set(dated)
    rest = [i for i in text if i not in entries and not _runs_on(blocks, shapes, i, entries)]
    events = _month_events(blocks, shapes, rest, entries)
    rest = [i for i in rest if i not in events]
    if len(dated) + len(heads) < ENTRIES_MIN or rest:
        return
    for i in dated + heads + sorted(events):
        shapes[i] = Shape.ITEM
    for i in titles:
        shapes[i] = Shape.FURNITURE


def _month_events(
    blocks: list[Block], shapes: list[Shape], rest: list[int], entries: set[int]
) -> set[int]:
    """Undated paragraphs right under an entry dated by its month (``本月  市总工会…``), or
    under another such paragraph, each a whole sentence: further events of that month,
    each an entry of its own (a city's chronicle prints them so)."""
    events: set[int] = set()
    for i in rest:
        before = i - 1
        while before >= 0 and shapes[before] is Shape.FURNITURE:
            before -= 1
        month_entry = before in entries and _THIS_MONTH_RE.match(blocks[before].plain.strip())
        if (month_entry or before in events) and ends_sentence(blocks[i].plain.strip()):
            events.add(i)
    return events
