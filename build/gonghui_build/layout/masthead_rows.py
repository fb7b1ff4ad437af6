"""A paper's masthead rows as an e-paper copies them over an item (issue 8).

The rows a printed paper sets in its masthead or over each page, copied one to a line
by e-paper sites and text layers, were read as the kicker or the headline of the item
under them when no shape of ``furniture`` knew them:

* a **page label** with a letter and no ``第`` followed by the page's name
  (``A3版 基层工会``, ``B2版：职工生活``): the letter is the section a big paper prints
  its pages in, never how a headline opens;
* a **date with its weekday** and no year (``3月2日 星期四``, ``三月二日 周四``; the year
  apart before it, ``2024 4月26日 星期``): the weekday is printed by a page's date, a
  headline about a day names no weekday alone;
* a **publisher's line** (``某某日报社出版``, ``某某报社主管主办``): a publisher's name and
  nothing after it but the verbs of the masthead (``masthead_*`` in
  ``reference/page_furniture.yaml``);
* a **CN number** (``国内统一刊号CN11-0001``, with or without its colon, alone or in a
  row of masthead fields): a sentence about a number (``…获得国内统一刊号，…``) prints
  no number or goes on after a comma;
* a masthead's **date written as a path** (``某某日报/2024年/9月/12日/第003版``);
* a **month's row** (``2024年11月``, ``二〇二四年十一月``): the month a monthly digest or a
  page's head prints over its items, the year and the month and nothing else; a headline
  says what happened, never only when.

The lettered label needs its blank or colon before the page's name: glued to it
(``A7版职工风采``) it may be a headline. The other rows are read without their blanks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS

#: How long a page's name after a lettered label may be (``基层工会``, ``职工生活``).
PAGE_NAME_MAX = 8
#: How long a publisher's name before its ending may be (``某某省某某市``).
PUBLISHER_NAME_MAX = 12

_LETTERED_PAGE_RE = re.compile(
    rf"^[A-HＡ-Ｈ][0-9０-９]{{1,2}}版(?:[:：]|[ \t\u3000]+)[\u4e00-\u9fff]{{1,{PAGE_NAME_MAX}}}$"
)
_DAY = rf"(?:[0-9０-９]{{1,2}}|[{TEN_NUMERALS}]{{1,3}})"
#: (its year may stand apart before it, its weekday's numeral be lost in copying:
#: ``2024 4月26日 星期``, an e-paper's date box with the numeral drawn as an image)
_WEEKDAY_DATE_RE = re.compile(
    rf"^(?:(?:19|20)[0-9]{{2}})?{_DAY}月{_DAY}日(?:(?:星期|礼拜)[一二三四五六日天]?|周[一二三四五六日天])$"
)
_CN_NUMBER_RE = re.compile(r"刊号[:：]?CN[0-9]{2}[-－—–][0-9]{4}")
#: A masthead's date written as a path (``某某日报/2024 年/9 月/12 日/第 003 版基层动态``,
#: a text layer's running head): the year, the month and the day as steps of their own.
_SLASHED_DATE_RE = re.compile(r"(?:^|[/／])\d{4}年[/／]\d{1,2}月[/／]\d{1,2}日(?:[/／]|$)")
#: Longest step of such a path (the paper's name; a page label with the page's name).
SLASHED_STEP_MAX = 14
#: A year and a month alone on a row (``2024年11月``, ``2024年11月份``, in words).
_MONTH_ROW_RE = re.compile(
    rf"^(?P<y>(?:19|20)[0-9]{{2}}|[一二三四五六七八九〇○零]{{4}})年"
    rf"(?P<m>[0-9]{{1,2}}|[{TEN_NUMERALS}]{{1,2}})月份?$"
)


def month_row(text: str) -> re.Match[str] | None:
    """The match of a month's row (``2024年11月``) on ``text`` without its blanks, its
    year and month as groups ``y`` and ``m``; None for any other line."""
    return _MONTH_ROW_RE.match(without_spaces(text))


#: Punctuation of a sentence: a row of masthead fields holds none.
_SENTENCE_MARKS = "，。；！？"


@functools.cache
def _publisher_re() -> re.Pattern[str]:
    data = lexicon.load("page_furniture.yaml")
    endings = lexicon.alternation(data["masthead_publisher_endings"])
    verbs = lexicon.alternation(data["masthead_publishing_verbs"])
    return re.compile(f"^[\\u4e00-\\u9fff]{{1,{PUBLISHER_NAME_MAX}}}(?:{endings})(?:{verbs})+$")


def is_masthead_row(text: str) -> bool:
    """Whether the line ``text`` is a masthead row of the kinds above: the e-paper's copy
    of a page's furniture, no kicker of the item under it."""
    compact = without_spaces(text)
    if slashed_masthead(compact):
        return True
    if any(mark in compact for mark in _SENTENCE_MARKS):
        return False
    return bool(
        _LETTERED_PAGE_RE.match(text.strip())
        or _WEEKDAY_DATE_RE.match(compact)
        or _MONTH_ROW_RE.match(compact)
        or _CN_NUMBER_RE.search(compact)
        or _publisher_re().match(compact)
    )


#: A page label and the page's name after a paper's name on one row (``第3版 要闻``,
#: ``03版：综合新闻``, ``A2版``), read without the row's blanks.
_PAGE_AFTER_NAME_RE = re.compile(
    rf"^第?[A-HＡ-Ｈ]?(?:[0-9０-９]{{1,3}}|[{TEN_NUMERALS}]{{1,3}})版"
    rf"(?:[:：]?[\u4e00-\u9fff]{{1,{PAGE_NAME_MAX}}})?$"
)
_ROW_FIELD_SPLIT_RE = re.compile(r"[\s|｜·•]+")


def paper_page_row(text: str, is_paper_name: Callable[[str], object]) -> bool:
    """A masthead row that prints the paper's name and then the page's label
    (``某某工人报 第3版 要闻``, ``某某日报｜03版：综合``): the page's furniture, no kicker of
    the item under it (s49: the dated row was furniture, the undated one a kicker).
    ``is_paper_name`` tells a paper's name (``media_name_endings``); the name must stand
    apart from the label, as a title glued to a page's number may be a headline."""
    fields = [f for f in _ROW_FIELD_SPLIT_RE.split(text.strip()) if f]
    if len(fields) == 1 and (glued := _GLUED_PAGE_RE.match(fields[0])):
        fields = [glued.group(1), glued.group(2)]  # 某某工人报第3版: 第 opens the label
    return (
        len(fields) >= 2
        and bool(is_paper_name(fields[0]))
        and bool(_PAGE_AFTER_NAME_RE.match("".join(fields[1:])))
    )


#: A paper's name glued to its page's label when 第 opens the label (``某某工人报第3版``,
#: ``…第3版：要闻``, the page label a digital copy prints under the text): no number
#: glued to a name (``某某报3版``) nor words glued to the label (``…第3版发布``): a title
#: may end so.
_GLUED_PAGE_RE = re.compile(r"^(\S+?[报刊])(第[^版]{1,4}版(?:[:：]\S+)?)$")


def slashed_masthead(compact: str) -> bool:
    """A paper's name, the date and the page written as a path, each step short."""
    steps = re.split(r"[/／]", compact)
    return bool(_SLASHED_DATE_RE.search(compact)) and all(
        len(step) <= SLASHED_STEP_MAX for step in steps
    )
