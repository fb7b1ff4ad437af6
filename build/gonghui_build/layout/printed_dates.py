"""Dates a page prints in its furniture, for the extraction to date articles from.

A page states when it was printed or posted apart from its articles' text: a printed
page's date line or masthead (``2019年9月17日 星期二``, ``工人日报 2013年10月19日 星期一``,
``出版日期：2007年08月09日``), a web page's timestamp (``2021-06-08 09:42:17 来源：京工网``,
``发布时间：2025年10月30日``), a source line (``《工人日报》(2014年12月08日 02版)``), a bare
date line (a post's date under its title, the date under a notice's signature). The
layout reads these lines as furniture; this module says which date each prints, where,
and how sure that it is the page's (or its article's) date:

* ``publication_date`` — a page label, a weekday, an issue number or ``出版日期`` goes with
  it: the date the page was printed;
* ``timestamp`` — a time of day goes with it, or a web field (``发布时间``, ``更新时间``,
  ``来源``…) in a line that names no paper: the date the text was posted;
* ``source_date`` — it stands in a line naming the paper or journal the text was first
  printed in (``《工人日报》(2014年12月08日 02版)``): the date of that printing;
* ``date_line`` — a date alone: the page's or the article's, most likely;
* ``year_heading`` — a year alone on its line (a chronicle's ``1998年``): not a printing,
  the year of the entries that print none;
* ``book_year`` — the year before the one a yearbook's running head prints (``某市年鉴2021``,
  ``某市年鉴（2022）``, ``某盟年鉴·2023``): a yearbook records the year before its own, so
  its entries that print no year are of that year (every yearbook page of the tuning
  sets is annotated so, real_dev2 … real_dev18);
* ``chronicle_title`` — the year and month a chronicle's title names (``某市总工会二〇二三年
  一月大事记``, ``某市总工会2007年11月至12月大事记``: the year alone for months in a range):
  not a printing either, the month its entries (``9日，…``) happened in.

Each date is validated (``2019-13-45`` is no date) and given as ISO text with its
precision (``day``, or ``year`` for an issue number). Its ``article`` is the article whose
head or foot prints it (a web page's timestamp between its title and text), or None for
the page's own furniture (a masthead above every article). The cue words are reviewed
data (``reference/page_furniture.yaml``, ``date_kinds``).
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.layout.chronicle_titles import RANGE_TO, names_a_chronicle
from gonghui_build.layout.masthead_rows import month_row
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import (
    MONTH_OR_DAY,
    TEN_NUMERALS,
    chinese_to_int,
    with_old_tens_read,
)

#: The dates page furniture prints: year-month-day in figures (2019年9月17日, 2021-06-08,
#: 2025/05/01), day.month.year (19.12.2014), in Chinese numerals (二〇一九年九月十七日), and
#: a year's issue (2023年第36期) when no word follows it (2021年第3期培训班 names a course).
#: A day in Chinese numerals may print its tens the old way (十二月廿三日, 五月卅一日), as
#: mastheads in words do (s45 dates10).
DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})(?:\s*[日曰号])?"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})"
    rf"|(?P<y3>[一二三四五六七八九〇○零]{{4}})年(?P<m3>[{TEN_NUMERALS}]{{1,3}})月(?P<d3>[{TEN_NUMERALS}廿卅]{{1,3}})[日曰]"
    r"|(?P<y4>(?:19|20)\d{2})年第\s*\d+\s*期(?!(?!总)[\u4e00-\u9fff])"
)
#: A date alone on its row, in brackets or not: month and day (``03-08``, ``3/8``), with
#: the year (``2025-03-08``, ``2025.03.08``) or in words with the year (``2025年3月8日``).
_DATE_ROW_RE = re.compile(
    r"[\[［【(（]?"
    r"(?:(?:(?:19|20)\d{2}[-/.])?(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)"
    r"[\]］】)）]?"
)


def is_date_row(text: str) -> bool:
    """A row that prints a date and nothing else (a list item's posting date)."""
    return bool(_DATE_ROW_RE.fullmatch(without_spaces(text)))


_TIME_RE = re.compile(r"^\s*(\d{1,2}:\d{2}(?::\d{2})?)(?!\d)")
_YEAR = r"(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4}"
#: A year's heading: a line that prints a year alone, in figures or in Chinese numerals
#: (a chronicle's ``1998年``, a yearbook's ``二〇一九年``), the year of the entries under it
#: when they print none (``extract/dates/page.py``).
YEAR_HEADING_RE = re.compile(rf"^\s*(?P<y>{_YEAR})\s*年\s*$")
#: The months a chronicle's title names: one (``2009年1月``, ``二〇二三年一月``) or a range
#: in one year (``2007年11月至12月``); a range into the next year (``12月至2008年1月``)
#: names no one year, and a title without a month (``2022年工会工作大事记``) is a year's
#: review, one piece, not a month's entries.
CHRONICLE_MONTHS_RE = re.compile(
    rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{MONTH_OR_DAY})\s*月"
    rf"(?:\s*{RANGE_TO}\s*(?:(?P<y2>{_YEAR})\s*年)?\s*(?P<m2>{MONTH_OR_DAY})\s*月)?"
)


@dataclass(frozen=True)
class PrintedDate:
    """A date printed in a line of the page's furniture."""

    start: int  # page offset of the date as printed
    end: int
    text: str  # the date as printed
    kind: str  # publication_date, timestamp, source_date, date_line, year_heading,
    # book_year or chronicle_title
    date: str  # ISO: YYYY-MM-DD; YYYY for an issue number; YYYY-MM for a chronicle's month
    precision: str  # "day", "month" or "year"
    time: str | None  # the time of day printed with it (09:42 or 09:42:17), if any
    block: int  # the furniture block that prints it
    article: int | None  # the article whose head or foot prints it; None: the page's


@functools.cache
def _kind_cues() -> dict[str, re.Pattern[str]]:
    data = lexicon.load("page_furniture.yaml")["date_kinds"]
    return {kind: re.compile(lexicon.alternation(cues)) for kind, cues in data.items()}


def _chinese_number(text: str) -> int:
    """二〇一九, 九, 三十一, 廿三 in Chinese numerals (a ○ printed for 〇 read as 〇); 0 when it
    is none, so that the date is refused as no date."""
    return chinese_to_int(with_old_tens_read(text).replace("○", "〇")) or 0


def year_heading(text: str) -> tuple[int, int] | None:
    """The year a line prints alone (``1998年``, ``二〇一九年``) and where it starts; None
    when the line is no year's heading or its Chinese numerals read as no year of the
    last two centuries."""
    match = YEAR_HEADING_RE.match(text)
    return _recent_year(match) if match else None


#: A yearbook's name and its year alone on a line (``某市年鉴2021``, ``某市年鉴（2022）``,
#: ``某盟年鉴·2023``): the book's running head.
_BOOK_YEAR_RE = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,16}(?:年鉴|年鑑)\s*(?:[（(]\s*(?P<y>(?:19|20)\d{2})\s*年?\s*[）)]"
    r"|[·・]?\s*(?P<y2>(?:19|20)\d{2})\s*年?)\s*$"
)


def book_year(text: str) -> tuple[int, int] | None:
    """The year a yearbook's running head dates its entries to, the year before the
    book's (``某市年鉴2021`` → 2020), and where the book's year starts; None for no such
    head."""
    match = _BOOK_YEAR_RE.match(text)
    if match is None:
        return None
    group = "y" if match.group("y") else "y2"
    return int(match.group(group)) - 1, match.start(group)


_YEAR_IN_TITLE_RE = re.compile(rf"(?P<y>{_YEAR})\s*年")


def _chronicle_year(text: str) -> tuple[int, int] | None:
    """The one year a chronicle's title names without a month (``某区总工会2021年大事记``)
    and where it starts: the year of the entries under it, as a year's heading is."""
    if "月" in text or not names_a_chronicle(text):
        return None
    years = list(_YEAR_IN_TITLE_RE.finditer(text))
    return _recent_year(years[0]) if len(years) == 1 else None


def _recent_year(match: re.Match[str]) -> tuple[int, int] | None:
    """The year a match's ``y`` group prints (figures or Chinese numerals) and where it
    starts; None when it reads as no year of the last two centuries."""
    year = _number(match.group("y"))
    return (year, match.start("y")) if 1900 <= year <= 2099 else None


def _iso(match: re.Match[str]) -> tuple[str, str] | None:
    """The date a match prints, as ISO text and precision; None when it is no date."""
    g = match.groupdict()
    if g["y4"]:
        return g["y4"], "year"
    if g["y3"]:
        year = _chinese_number(g["y3"])
        parts = (year, _chinese_number(g["m3"]), _chinese_number(g["d3"]))
    elif g["y2"]:
        parts = (int(g["y2"]), int(g["m2"]), int(g["d2"]))
    else:
        parts = (int(g["y"]), int(g["m"]), int(g["d"]))
    try:
        return datetime.date(*parts).isoformat(), "day"
    except ValueError:
        return None


def date_kind(line: str, match: re.Match[str]) -> str:
    """What a date in a line of furniture is, from the words and marks around it."""
    cues = _kind_cues()
    if _TIME_RE.match(line[match.end() :]):
        return "timestamp"
    if cues["source_date"].search(line):
        return "source_date"
    publication = [m.span() for m in cues["publication_date"].finditer(line)]
    if any(not _within(m.span(), publication) for m in cues["timestamp"].finditer(line)):
        return "timestamp"  # a web field, unless a word of a printing holds it (出版日期)
    if match.group("y4") or cues["publication_date"].search(line):
        return "publication_date"
    return "date_line"


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _chinese_number(text)


def chronicle_months(text: str) -> tuple[str, str, re.Match[str]] | None:
    """The ISO month (or year, for a range of months) and precision a chronicle's title
    names, with the match; None for another line or a title naming no month of one year."""
    if not names_a_chronicle(text):
        return None
    match = CHRONICLE_MONTHS_RE.search(text)
    if match is None:
        return None
    year, month = _number(match.group("y")), _number(match.group("m"))
    end_year = _number(match.group("y2")) if match.group("y2") else year
    end_month = _number(match.group("m2")) if match.group("m2") else month
    if not (1900 <= year <= 2099 and end_year == year and 1 <= month <= end_month <= 12):
        return None
    if end_month != month:
        return f"{year:04d}", "year", match
    return f"{year:04d}-{month:02d}", "month", match


def _month_of_row(text: str) -> tuple[str, str, re.Match[str]] | None:
    """A month's row over a monthly digest's items (``2024年11月``): like a chronicle's
    title, the month its items (``▲11月5日，…``) happened in, no printing. Only a row
    printed with no blank in it or around it is read (the match's offsets are the line's)."""
    match = month_row(text)
    if match is None or match.group() != text:
        return None
    year, month = _number(match.group("y")), _number(match.group("m"))
    if not (1900 <= year <= 2099 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}", "month", match


def dates_in(text: str, start: int, block: int, article: int | None) -> list[PrintedDate]:
    """The dates printed in one furniture line (``text``, at page offset ``start``)."""
    chronicle = chronicle_months(text) or _month_of_row(text)
    if chronicle is not None:
        iso, precision, match = chronicle
        return [
            PrintedDate(
                start + match.start(),
                start + match.end(),
                match.group(),
                "chronicle_title",
                iso,
                precision,
                None,
                block,
                article,
            )
        ]
    heading = year_heading(text) or _chronicle_year(text)
    found = heading or book_year(text)
    if found:
        year = str(found[0])
        at = start + found[1]
        return [
            PrintedDate(
                at,
                start + len(text.rstrip()),
                text.strip(),
                "year_heading" if heading else "book_year",
                year,
                "year",
                None,
                block,
                article,
            )
        ]
    out = []
    for match in DATE_RE.finditer(text):
        value = _iso(match)
        if value is None:
            continue
        time = _TIME_RE.match(text[match.end() :])
        out.append(
            PrintedDate(
                start=start + match.start(),
                end=start + match.end(),
                text=match.group(),
                kind=date_kind(text, match),
                date=value[0],
                precision=value[1],
                time=time.group(1) if time else None,
                block=block,
                article=article,
            )
        )
    return out
