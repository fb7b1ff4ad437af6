"""Pagers: the rows a site prints to move between its pages, read as furniture.

Two kinds of pager are printed around union news copied into text: an e-paper's row of
buttons to the page before and after (``上一版 第6版：某某 版面概览 下一版``), and a
list page's row of counts under its teasers (``第1页 共5页``, ``共 12 条记录 1/3 页``,
``当前第1页 共10页``). Neither names an article, so neither is a caption or a headline.
Nor does a link to the neighbouring text under an article (``- 上一条 某某2016-09-24``):
the key opens its line, its colon often lost with the site's markup. Nor does a counter's
unit left alone when the script that printed its number is lost (``点击：`` / ``次``).
The counts are the shapes the page-listing code of the ASP, PHP and JSP templates of
union and county sites prints (read in public repositories' list templates, s27); the
buttons' words (``上一页``, ``尾页``) are reviewed data in ``page_furniture.yaml``.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.cues import BULLET_MARKS
from gonghui_build.text.numbers import TEN_NUMERALS

#: One count of a list's pager, or a plain number: a token of a pager row (``共3页``,
#: ``第1页``, ``共12条记录``, ``每页20条``).
NUMERIC_TOKEN_RE = re.compile(r"^(?:[\d.,万千+]+|(?:共|第|当前第|每页)\d+[页条](?:记录)?)$")

#: An e-paper's pager row: its buttons to the page before and the page after around the
#: page's label or the navigation's names (``上一版 第6版：某某 版面概览 下一版``), a
#: page number glued to a button (``3上一版``).
PAGER_ROW_RE = re.compile(
    r"^\d*上一[版篇期][^。，；！？]{0,30}下一[版篇期]\d*$|^\d*下一[版篇期][^。，；！？]{0,30}上一[版篇期]\d*$"
)

#: One count a list page's pager prints: the page shown (``第1页``, ``当前第1页``,
#: ``1/3页``, ``当前第1/3页``), the pages (``共5页``), the records (``共12条记录``,
#: ``共有12条记录``, ``共86条``), the records a page holds (``每页20条``), written with
#: or without brackets around the numbers (``共[12]条记录``).
_COUNT = (
    r"(?:当前)?第?\[?\d+\]?/\[?\d+\]?页"
    r"|(?:当前)?第\[?\d+\]?页"
    r"|共有?\[?\d+\]?(?:页|条(?:记录|信息|新闻)?)"
    r"|每页\[?\d+\]?条"
)
_COUNT_ROW_RE = re.compile(rf"^(?:{_COUNT})(?:[,，、/|｜]?(?:{_COUNT}))+$")


def is_count_row(compact: str) -> bool:
    """Whether ``compact`` (a line without spaces) is a list pager's row of counts alone,
    two counts or more (``第1页共5页``). One count alone (``第3页``) may be a book's
    page or a caption's number and is left to the other readings."""
    return bool(_COUNT_ROW_RE.match(compact.strip("【】[]")))


#: Most characters of a neighbour link's row: a key, a title and its date.
_NEIGHBOUR_MAX = 60


@functools.cache
def _neighbour_re() -> re.Pattern[str]:
    """A neighbour link's key opening a line, after blanks, dashes or a list's marks
    (:data:`.cues.BULLET_MARKS`)."""
    keys = lexicon.words("page_furniture.yaml", "neighbour_link_keys")
    marks = re.escape("-–—－*>＞" + BULLET_MARKS)
    return re.compile(rf"^[\s{marks}]*(?:{lexicon.alternation(keys)})")


def is_neighbour_link(text: str, compact: str) -> bool:
    """Whether ``text`` (``compact`` without its spaces) is a link to the text before or
    after the article: its key opens the line and no sentence follows (``上一篇文章说…。``
    is text). Its colon is not needed: templates print the key in an element of its own."""
    return (
        bool(_neighbour_re().match(text))
        and len(compact) <= _NEIGHBOUR_MAX
        and not any(p in compact for p in "。，！？")
    )


def is_lost_counter_unit(compact: str) -> bool:
    """Whether ``compact`` is a counter's unit alone, in brackets or not (``次``, ``（次）``):
    its number was printed by a script the copy lost (a count with its number is text)."""
    units = lexicon.words("page_furniture.yaml", "counter_units")
    return compact.strip("（）()【】[]") in units


#: A row that only closes an item or counts a list's items, nothing else on it: a wire
#: copy's end mark (``（完）``, ``——完——``, ``（全文完）``) and a digest's count of its items
#: (``共12条``, ``（本期共5条）``). It names nothing and heads nothing: read as a short line
#: it became the next item's kicker or a caption of the item it closes.
_END_ROW_RE = re.compile(
    r"^(?:[（(【\[]全?文?完[）)】\]]|[—\-－─]{1,3}全?文?完[—\-－─]{1,3}|全文完"
    rf"|[（(]?(?:本[期版]|以上|本组)?共[有计]?[\d{TEN_NUMERALS}百]+条[）)]?)$"
)


def is_end_row(compact: str) -> bool:
    """Whether ``compact`` (a line without spaces) is an end mark or an item count alone:
    closing furniture, so that text after it starts the next item."""
    return bool(_END_ROW_RE.match(compact))


#: A front page's pointer to an item printed on another page: the pointer alone
#: (``▶详见第2版``, ``（详见3版）``) or closing the item's title (``某区举办职工技能比武（2版）``).
#: The item is not on this page: its title and pointer are the guide's, no head of the
#: text after them.
_PAGE_POINTER_RE = re.compile(
    r"^(?:[▶►→>＞]*[（(]?(?:详见|请看|见)第?[A-Ha-h]?\d{1,2}版[）)]?"
    r"|[^。，；！？]{4,40}[（(](?:详见|请看|见)?第?[A-Ha-h]?\d{1,2}版[）)])$"
)


def is_page_pointer(compact: str) -> bool:
    """Whether ``compact`` (a line without spaces) points to an item on another page."""
    return bool(_PAGE_POINTER_RE.match(compact))
