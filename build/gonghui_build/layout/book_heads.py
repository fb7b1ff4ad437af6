"""The furniture of a scanned book's pages: its running heads and page numbers.

A yearbook or a gazetteer prints over each page the chapter's or the part's name
(``第二十二章 群众团体``), the book's name and the part's apart (``海淀年鉴      群众团体``),
or the part's name spaced out to a width (``工　会``), and under it the page's number
(``· 213 ·``); a page viewer prints its own title over the scanned page (``Page 173 -
某区年鉴2014``). None of them is a line of an article: :func:`furniture.furniture_kind`
reads them as furniture. Apart from :mod:`furniture` so that module keeps under its size.
"""

from __future__ import annotations

import re

from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS

#: A page's number between dots or dashes (``· 213 ·``, ``- 12 -``), and the longest line
#: (characters without blanks) read so.
_PAGE_NUMBER_RE = re.compile(r"^[·\-—–]\s*\d{1,4}\s*[·\-—–]")
PAGE_NUMBER_LINE_MAX = 16
#: A chapter's, a part's, a volume's running head (``第二十二章 群众团体``).
_RUNNING_HEAD_RE = re.compile(r"^第[一二三四五六七八九十百零\d]+[章编卷篇]\s*\S{0,12}$")
#: A yearbook's or a gazetteer's running head: the book's name and the part's, apart
#: (``海淀年鉴      群众团体``, ``乌鲁木齐年鉴 · 社会团体``, ``群众团体  海淀年鉴``), or the
#: book's name and its year (``2014  某区年鉴``).
_BOOK = r"[\u4e00-\u9fff\d（）()—\-]{2,20}(?:年鉴|年鑑|志)"
_APART = r"(?:[ \u3000]{2,}|\s*[·|｜]\s*)"
_PART = r"(?:[\u4e00-\u9fff]{2,8}|(?:19|20)\d{2}年?)"
_BOOK_HEAD_RE = re.compile(rf"^(?:{_BOOK}{_APART}{_PART}|{_PART}{_APART}{_BOOK})$")
#: A book's name alone as its running head or its foot (``云岭区年鉴（2019）``, ``某市年鉴
#: 2019``, ``白水县志``, ``某县志（1986—2005）``): PDF copies of county yearbooks and
#: gazetteers print it over or under every page, so that a page break in mid-entry
#: sets it between an entry's lines. A gazetteer only when a place's or a union's
#: (``…县志``, ``…工会志``): a headline may end in 志 (``致敬老同志``).
_YEAR_OR_SPAN = r"(?:19|20)\d{2}(?:[—\-–~～至](?:19|20)\d{2})?年?"
_BOOK_ALONE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,16}(?:年鉴|年鑑|(?:[省市县区州旗镇乡厂矿]|工会)志)"
    rf"\s*(?:[（(]{_YEAR_OR_SPAN}[）)]|[·\s]?{_YEAR_OR_SPAN})?$"
)
#: A page viewer's title over a scanned book's page (``Page 173 - 某区年鉴2014``).
_VIEWER_PAGE_RE = re.compile(
    r"^[Pp](?:age|AGE)\s*\d{1,4}\s*[-–—|:：]\s*[^\s，。；,;][^，。；,;]{0,30}$"
)
#: A part's name of two or three characters spaced out to a running head's width (``工　会``).
_SPACED_HEAD_RE = re.compile(r"^[\u4e00-\u9fff](?:(?:\u3000+| {2,})[\u4e00-\u9fff]){1,2}$")


def is_book_furniture(text: str) -> bool:
    """A book's running head, its page number, or a page viewer's title over its page."""
    line = text.strip()
    return bool(
        _RUNNING_HEAD_RE.match(line)
        or _SPACED_HEAD_RE.match(line)
        or _BOOK_HEAD_RE.match(line)
        or _BOOK_ALONE_RE.match(without_spaces(line))
        or _VIEWER_PAGE_RE.match(line)
        or (_PAGE_NUMBER_RE.match(line) and len(without_spaces(text)) <= PAGE_NUMBER_LINE_MAX)
    )


#: A chapter's and a section's heads a digital library's copy of a gazetteer runs
#: together onto its text's first line, no break between them (``第一章工人组织第一节县总
#: 工会一、组织沿革…``, read in session 40 on a library's records of county gazetteers):
#: the chapter (``第一章…``, optional) up to the section's ``第…节``, the section's up to
#: the first numbered part (``一、``), whose own end in the text no mark shows.
_NUMERAL = rf"[{TEN_NUMERALS}百零\d]+"
_GLUED_PARTS_RE = re.compile(
    rf"^(?P<chapter>第{_NUMERAL}[章篇编][\u4e00-\u9fff、]{{2,14}}?)?"
    rf"(?P<section>第{_NUMERAL}节[\u4e00-\u9fff、]{{2,14}}?)"
    rf"(?=[{TEN_NUMERALS}]{{1,3}}、)"
)


def glued_head_cut(text: str) -> int | None:
    """Where the first of the chapter's and the section's heads glued to the start of
    ``text`` ends (:data:`_GLUED_PARTS_RE`; the rest of the line is cut again from
    there); None when the line opens with no such heads."""
    match = _GLUED_PARTS_RE.match(text)
    if match is None:
        return None
    return match.end("chapter") if match["chapter"] else match.end("section")
