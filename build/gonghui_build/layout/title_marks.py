"""A site's marks printed on a web copy's title line: not part of the title.

A site's page template writes things around the title it prints: a mark that the item
holds pictures or a video (``某某会议召开[图]``, ``…（组图）``), the words of its
"now reading" box before it (``正在阅读：某某会议召开``), or its own name after a run
of dashes or after one underscore or hyphen, as the browser's title bar shows it
(``某某活动举行---某某网``, ``某某活动举行_某某网``) or, on a news mirror, before it
(``某某官方网站-组图 某某活动举行``), a forum repost's
note of the paper it took the text from after them (``----摘录自《某某融媒》``), or the name of
the column it files the item under before a bar (``文明实践 | 某某活动举行``,
``工运晨读丨…``: four real sites print their columns so), or with blanks for the bar when
the name is a standing column's (``职工天地  某某``, an e-paper's text layer).
Users check the headline against the printed title, which carries none of these; the
mark stays on the page as furniture, cut off the title at the character where it starts
(:func:`title_mark_cut`, read by :mod:`cuts`).

A series' name in 【】 before the title (``【某某行动·暖闻】某地开展…``, ``【喜迎工代会】…``)
is such a mark too: a national workers' daily's web copies and a city news site print
their series so (three real pages, two sources). A yearbook's entry head in 【】 is no
mark (its text runs on after it in sentences, no title), nor is a city site's district
tag (``【某区】标题``, a short name the headline keeps, as before).
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout import cues
from gonghui_build.layout.column_names import is_column_name, names_a_comment_column
from gonghui_build.layout.display import is_display_text, is_tagged_headline
from gonghui_build.layout.furniture import furniture_kind, names_an_institution
from gonghui_build.layout.role_words import NAME_SEPARATOR
from gonghui_build.text import places
from gonghui_build.text.chars import without_spaces

#: A mark that the item holds pictures or a video, in brackets at the title's end.
_MEDIA_MARK_RE = re.compile(r"\s*[\[【（(]\s*(?:组图|多图|图文|图|视频|音频)\s*[\]】）)]\s*$")

#: The words of a site's "now reading" box, opening the title's line.
_READING_RE = re.compile(r"^\s*(?:您)?(?:正在阅读|当前阅读|正在浏览)\s*[:：]\s*")

#: A site's name after a run of three or more dashes (``---某某网``), as a page's title bar
#: prints it; a subtitle is set off by a dash (``——``), never by a run of hyphens.
_DASHED_SITE_RE = re.compile(r"\s*[-－]{3,}\s*([\u4e00-\u9fff]{2,10})\s*$")
#: A site's name after one underscore, hyphen or bar, and the channels before it, as the
#: browser's title bar prints a page's title (``某某活动举行_某某工会网``, ``标题 - 工会 -
#: 中工网``; four real sites, among them a news mirror printing its title so and nowhere
#: else): the last step ends on a word that says it is a site. An em dash (``——``) sets off
#: a subtitle, so it parts no site's name here.
_SITE_SUFFIX_RE = re.compile(
    r"(?:\s*[_|｜\-－]\s*[\u4e00-\u9fffA-Za-z]{1,12})*"
    r"\s*[_|｜\-－]\s*[\u4e00-\u9fffA-Za-z]{0,12}(?:网|网站|官网|频道|客户端|门户)$"
)


@functools.cache
def _dashed_source_re() -> re.Pattern[str]:
    """A forum repost's note of the paper it took the text from, after a run of dashes
    (``----摘录自《某某融媒》``): the repost's, no part of the printed title
    (``reprint_marks`` of ``reference/page_furniture.yaml``)."""
    marks = lexicon.alternation(lexicon.load("page_furniture.yaml")["reprint_marks"])
    return re.compile(rf"\s*[-－]{{3,}}\s*(?:{marks})\s*《[^《》]{{2,20}}》\s*$")


#: A site's name before one hyphen, underscore or bar opening the title's line, as a news
#: mirror prints it (``某某官方网站-组图 某区职工大秀“工装秀”``; two real mirror pages, one
#: with the name after the title): the name ends on a word that says it is a site, and a
#: mark that the item holds pictures may follow it.
_SITE_PREFIX_RE = re.compile(
    r"^\s*[\u4e00-\u9fffA-Za-z]{0,12}(?:(?<!电)网|网站|官网|门户)\s*[_|｜\-－]\s*"
    r"(?:(?:组图|多图|图文|视频)(?:\s*[:：]\s*|\s+))?"
)
#: A column's name before a bar opening the title (``文明实践 | ``, ``新华全媒+丨``); ``丨``
#: is the bar Chinese media set most. Two characters at least (``聚焦|``): a post's credit
#: keys a name to a role word of one the same way (``文丨某某``). A campaign's slogan of two
#: phrases with a blank between (``岁寒情更浓 工会送温暖丨``) is such a name too: county
#: unions' posts and sites head their items so, as papers print the slogan in 【】. A
#: Latin letter may stand inside the name (``职工e家丨``: unions' accounts name their
#: columns so), never first.
_COLUMN_PREFIX_RE = re.compile(
    r"^\s*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z·+＋]{1,9}"
    r"(?:[ \u3000][\u4e00-\u9fff][\u4e00-\u9fff·+＋]{1,9})?\s*[|｜丨]\s*"
)
#: A column's or a campaign's name in 【】 opening the title's line.
_BRACKET_COLUMN_RE = re.compile(r"^\s*(?:【([^【】]{2,30})】|\[([^\[\]]{2,30})\])\s*")
#: A column's name before one or more blanks opening the title's line (``职工天地  标题``).
_SPACED_COLUMN_RE = re.compile(r"^\s*([\u4e00-\u9fff]{4,8})[ \u3000]+(?=\S)")
#: A paper's or a site's name in the brackets (``[某某都市报]标题``: a company's page of its
#: press coverage names the paper first), whatever its length: no district's tag.
_MEDIA_IN_BRACKETS_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:报|網|网|台|刊|客户端)$")
#: How a division's name ends (浦东新区, 某某街道, 城关镇): a district's tag, no series.
_PLACE_END_RE = re.compile(rf"(?:[{places.DIVISION_END_CHARS}村]|街道|社区|园区)$")
#: Fewest characters of a series' name in 【】: a district's tag is a short name (历下,
#: 市中区), a series' a phrase (喜迎工代会, 两节送温暖·暖闻).
BRACKET_COLUMN_MIN = 5
#: What a column's title after the bar holds none of: a further bar (a channel row or a
#: site's path) or semicolons (a digest's column naming its items, :func:`is_column_title`).
_NOT_ONE_TITLE_RE = re.compile(r"[|｜丨；;]")

#: Shortest title left once a mark is cut off.
TITLE_MIN = 4
#: Shortest title after a column's name: a credit's name is four characters at most.
COLUMN_TITLE_MIN = 6
#: Longest name of a person (a compound surname and a given name of two).
NAME_MAX = 4
#: Most characters of the commonest names (a surname and a given name of one or two).
SHORT_NAME_MAX = 3
#: What parts the names of a credit (:data:`~gonghui_build.layout.role_words.NAME_SEPARATOR`).
_NAMES_SPLIT_RE = re.compile(NAME_SEPARATOR)


def title_mark_cut(text: str) -> tuple[int, bool] | None:
    """Where a single title line is cut in two when a site's mark is printed on it, and
    whether the mark comes first: the start of the title after the mark before it
    (``正在阅读：``), or the start of the mark after the title; None when the line holds
    no such mark or what is left is no title."""
    reading = _READING_RE.match(text)
    if reading:
        return (reading.end(), True) if _is_title(text[reading.end() :]) else None
    column = _column_prefix_end(text)
    if column is None:
        column = _bracket_column_end(text)
    if column is None:
        column = _spaced_column_end(text)
    if column is not None:
        return column, True
    stripped = text.rstrip()
    for pattern in (_MEDIA_MARK_RE, _DASHED_SITE_RE, _dashed_source_re()):
        mark = pattern.search(stripped)
        if mark is None or mark.start() == 0:
            continue
        if _is_title(stripped[: mark.start()]):
            return mark.start(), False
    return None


def site_name_cut(text: str) -> tuple[int, bool] | None:
    """Where a title line is cut when the site's name is printed after the title behind one
    underscore, hyphen or bar (``标题_某某网``), or before it (``某某官方网站-组图 标题``), and
    whether the name comes first; None when the line holds no such name, the rest is no
    title, or the line is a credit naming its site (``某某网-某报记者 某某``). The caller
    cuts it only when the title is printed nowhere else on the page: a title bar over a
    copy that prints its title again stays one line of furniture, as before."""
    if cues.is_head_byline(text):
        return None
    prefix = _site_prefix_end(text)
    if prefix is not None:
        return prefix, True
    stripped = text.rstrip()
    mark = _SITE_SUFFIX_RE.search(stripped)
    if mark is None or mark.start() == 0 or not _is_title(stripped[: mark.start()]):
        return None
    return mark.start(), False


def _column_prefix_end(text: str) -> int | None:
    """Where the title starts after a column's name and its bar, or None: the line as a
    whole is no furniture, and what follows the bar is one title of six characters or more."""
    prefix = _COLUMN_PREFIX_RE.match(text)
    if prefix is None or furniture_kind(text) or _credit_key(text[: prefix.end()]):
        return None
    if not _one_name_or_a_slogan(text[: prefix.end()].rstrip("|｜丨 \u3000")):
        return None
    rest = text[prefix.end() :]
    if _NOT_ONE_TITLE_RE.search(rest) or len(without_spaces(rest)) < COLUMN_TITLE_MIN:
        return None
    if all(len(token) <= NAME_MAX for token in _NAMES_SPLIT_RE.split(rest.strip())):
        return None  # names, one after another: a credit's (``摄影丨某某 某某``)
    if names_an_institution(rest):
        return None  # a body alone: a credit's (``出品丨某某工会``)
    # the line as printed reads as a title though its rest opens with a short clause
    # (``某某e家丨寒潮来袭，某某把暖送到一线``): the column's name made its first clause long
    return prefix.end() if _is_title(rest) or _is_title(text) else None


def _one_name_or_a_slogan(prefix: str) -> bool:
    """The words before the bar are one name, or a slogan's two phrases: neither phrase ends
    on a byline's role word (``摄影 某某丨``) and not both are as short as a person's name
    (``某某 某某丨``, two names of a credit)."""
    parts = prefix.split()
    if len(parts) < 2:
        return True
    if any(_credit_key(part) for part in parts):
        return False
    return any(len(part) > SHORT_NAME_MAX for part in parts)


def _site_prefix_end(text: str) -> int | None:
    """Where the title starts after a site's name and its hyphen (``某某网-标题``), or None:
    the line as a whole is no furniture (a channel's page title, ``某某网-工会新闻``) and
    what follows is one title of six characters or more (a power grid, ``某某电网``, is a
    company, no site)."""
    site = _SITE_PREFIX_RE.match(text)
    if site is None or furniture_kind(text):
        return None
    rest = text[site.end() :]
    if len(without_spaces(rest)) < COLUMN_TITLE_MIN or _NOT_ONE_TITLE_RE.search(rest):
        return None
    return site.end() if _is_title(rest) else None


def _bracket_column_end(text: str) -> int | None:
    """Where the title starts after a series' name in 【】, or None: the name is a phrase,
    no district's tag, or the name of the paper that ran the story (``[某某都市报]标题``, a
    company's page of its press coverage; in square brackets too); the line as a whole
    is no furniture (``【责任编辑 某某】``); the bracket holds no dateline (``【某地讯】``:
    a news item's text follows it); and what follows is one title, no sentence."""
    prefix = _BRACKET_COLUMN_RE.match(text)
    name = without_spaces(prefix.group(1) or prefix.group(2)) if prefix else ""
    if prefix is None or (
        len(name) < BRACKET_COLUMN_MIN
        and not _is_four_character_series(name)
        and not _MEDIA_IN_BRACKETS_RE.match(name)
        and not is_column_name(name)
        and not names_a_comment_column(name)  # 【短评】: a comment's column
    ):
        return None
    if furniture_kind(text) or cues.is_label(prefix.group().strip()):
        return None
    rest = text[prefix.end() :]
    compact = without_spaces(rest)
    if "【" in rest or len(compact) < COLUMN_TITLE_MIN or not is_tagged_headline(rest):
        return None
    return prefix.end() if _is_title(rest) else None


def _is_four_character_series(name: str) -> bool:
    """A name of four characters in 【】 that names no place nor body (``【赛场观察】``, a
    national union site's web copy in session 49's tuning set): a series' phrase as much
    as a longer one, whereas a district's tag of four names a division (``【浦东新区】``,
    ``【乌鲁木齐】``) and a company's site may tag its own unit."""
    return (
        len(name) == BRACKET_COLUMN_MIN - 1
        and not _PLACE_END_RE.search(name)
        and not places.names_division(name, words=True)
        and not names_an_institution(name)
    )


def _spaced_column_end(text: str) -> int | None:
    """Where the title starts after a standing column's name set before it with blanks
    between (``职工天地  师傅的那本笔记``: an e-paper's text layer puts the column's box and
    the title on one line), or None: the words before the blanks are a column's name
    (:func:`~gonghui_build.layout.column_names.is_column_name`) and what follows is one
    title of six characters or more, no sentence."""
    prefix = _SPACED_COLUMN_RE.match(text)
    if prefix is None or not is_column_name(prefix.group(1)):
        return None
    rest = text[prefix.end() :]
    if _NOT_ONE_TITLE_RE.search(rest) or len(without_spaces(rest)) < COLUMN_TITLE_MIN:
        return None
    return prefix.end() if _is_title(rest) else None


def _credit_key(prefix: str) -> bool:
    """The words before the bar end on a byline's role word (``通讯员丨``, ``本报记者 |``):
    a post's credit keys its names so, no column."""
    key = without_spaces(prefix).rstrip("|｜丨")
    return key.endswith(_credit_keys())


@functools.cache
def _credit_keys() -> tuple[str, ...]:
    """Role words of bylines and credits (``bylines.yaml``: 记者, 通讯员, 摄影, 文字…)."""
    sections = ("role_words", "keyed_roles", "role_marks")
    return tuple({w for s in sections for w in lexicon.words("bylines.yaml", s).words})


def _is_title(text: str) -> bool:
    """What is left of the line reads as a title: display text, no furniture."""
    return (
        len(without_spaces(text)) >= TITLE_MIN
        and is_display_text(text)
        and not furniture_kind(text)
    )
