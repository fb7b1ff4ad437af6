"""A page's title printed on one line with the furniture around it: a breadcrumb line
running on into the title, or the header fields printed after the title on its own line.

The title is display text and the rest furniture (``furniture.py`` says what furniture
is); these functions say where to cut such a line in two.
"""

from __future__ import annotations

import re

from gonghui_build.layout.chronicle_titles import is_entry_date
from gonghui_build.layout.cues import (
    BULLET_MARKS,
    BYLINE_MARKS,
    HTML_TAG_RE,
    NUMBERED_RE,
    dateline_prefix,
    is_head_byline,
)
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.display import is_display_text, names_its_subject
from gonghui_build.layout.furniture import (
    CHROME_MAX,
    CRUMB_MARKS,
    furniture_kind,
    is_issuing_office,
    names_an_institution,
    words,
)
from gonghui_build.layout.paired import matched_phrases
from gonghui_build.layout.printed_dates import is_date_row
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS

_CRUMB_TITLE_RE = re.compile(
    rf"^(.*[{CRUMB_MARKS}]\s*[^\s{CRUMB_MARKS}]{{1,12}})[ \t\u3000]+(?=\S)"
)
#: Shortest title a breadcrumb line may end with.
CRUMB_TITLE_MIN = 8


def _reads_as_title(title: str, minimum: int = CRUMB_TITLE_MIN) -> bool:
    """The part of a line cut off as its page's title: long enough for one (``minimum``,
    :data:`CRUMB_TITLE_MIN` but for a list page's short titles), display text, and no
    furniture itself, nor a bulletin's issuing office before the issue's date
    (``某区总工会办公室  2024年5月20日``: the masthead's row, whole). One test for each
    cut below, so that they agree on what a title is."""
    return (
        len(without_spaces(title)) >= minimum
        and is_display_text(title)
        and not furniture_kind(title)
        and not is_issuing_office(title)
    )


def crumb_title_start(text: str) -> int | None:
    """Where the page's title starts when a breadcrumb line runs on into it
    (``您当前的位置：首页 > 工会 > 工会要闻 陕西省劳动竞赛动员大会举行``), if it does."""
    match = _CRUMB_TITLE_RE.match(text)
    if not match:
        return None
    title = text[match.end() :]
    if furniture_kind(match.group(1)) and _reads_as_title(title):
        return match.end()
    return None


#: A field and its short value before a blank (``拟稿人：某某  核稿人：…``): more metadata,
#: no title.
_FIELD_RE = re.compile(r"[:：]\s*[^\s:：]{1,6}\s")
_META_TAIL_RE = re.compile(r"[\[【(（]\s*[^\[【(（]*$")


def meta_tail_start(text: str) -> int | None:
    """Where a web page's header fields start when its title runs on into them in one
    line (``某某获全国荣誉[ 作者:某某 点击数:510 更新时间:2025/03/11]``, or with no
    brackets, the text going on after the fields: ``某某送清凉 来源: 某某网 作者: 某某
    2013-08-14 某某网讯 …``), if they do."""
    stripped = text.rstrip()
    bracket = _META_TAIL_RE.search(stripped)
    if bracket and bracket.start() > 0 and furniture_kind(stripped[bracket.start() :]):
        cut = bracket.start()
    else:
        first = words().header.search(stripped)
        if first is None or first.start() == 0 or not stripped[first.start()].isspace():
            return None
        cut = first.start()
    title, tail = stripped[:cut], stripped[cut:]
    if (
        len(words().header.findall(tail[:CHROME_MAX])) >= 2
        and not _FIELD_RE.search(title + " ")  # 浏览数量: 4 作者: …: a row of fields
        and not furniture_kind(title)
        and not names_a_digest(title)  # 工会动态 来源：…: a channel's header row
        and len(without_spaces(title)) >= 4
        and is_display_text(title)
    ):
        return cut
    return None


#: What may stand between a title and the metadata its line goes on with.
_META_OPENERS = " \t\u3000[【（(|｜"


def title_meta_start(text: str) -> int | None:
    """Where a web page's metadata starts when it is printed on the title's own line
    (``某镇总工会召开全委会 发布时间：2022年12月15日``, ``某企业获全国荣誉[ 作者：某某
    点击数：510]``), if it does: the title before it is display text, the rest furniture."""
    match = words().header.search(text)
    if not match:
        return None
    cut = match.start()
    while cut > 0 and text[cut - 1] in _META_OPENERS:
        cut -= 1
    title = text[:cut]
    if _reads_as_title(title) and not _FIELD_RE.search(title + " ") and furniture_kind(text[cut:]):
        return cut
    return None


#: The blanks between a title and the dateline it runs on into.
_GAP_RE = re.compile(r"[ \t\u3000]+")
#: A day and its time closing a title's line after a blank (``… 2001年05月23日 00:57:32``,
#: ``… 2019-05-06 07:33``): the page's stamp, printed with no field word before it.
_STAMP_TAIL_RE = re.compile(
    r"[ \t\u3000]+(\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)[ \t\u3000]*$"
)
#: A day with no time closing a title's line, as a union site's list and item pages print
#: it: after a blank or in brackets (``… 2022-03-12``, ``…[03-12]``), or a month and day of
#: two digits each glued to the title's last character (``…集中行动03-12``). A digit before
#: it is a span of years or a count (``2021-2022``), no stamp.
_DAY_TAIL_RE = re.compile(
    r"(?:[ \t\u3000]+|(?<=[\u4e00-\u9fff”」》）)]))"
    r"([\[【（(]?(?<!\d)(?:\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))[\]】）)]?)[ \t\u3000]*$"
)


def title_tail_start(text: str) -> int | None:
    """Where a title's line goes on with its page's stamp (``某某会见外省工会考察团
    2003年06月12日 00:41:15``) or its byline after a mark (``某区职工运动会开幕 某某出席
    □记者 某某 报道``), if it does: the title before the blank is display text, the
    stamp furniture, the byline the article's. A city paper's archive, a district
    e-paper (session 34), as :func:`title_meta_start` reads a title's fields."""
    if is_head_byline(HTML_TAG_RE.sub("", text).replace("**", "")):
        return None  # a byline whole (``□本报记者 某某 文/摄``, bold or not), no title before one
    cut = _stamp_or_byline_start(text)
    if cut is None:
        return None
    return cut if _reads_as_title(text[:cut].rstrip()) else None


def _stamp_or_byline_start(text: str) -> int | None:
    """Where a line's closing stamp starts (a day, with its time or not: furniture by itself), or
    else the first byline after a blank that opens with a byline's mark."""
    stamp = _STAMP_TAIL_RE.search(text) or _DAY_TAIL_RE.search(text)
    if stamp and furniture_kind(stamp.group(1)):
        # fields set apart by blanks before a stamp are a post's header row (a WeChat
        # account and its author: ``某某工会 某某工会 2024-03-09 18:05``), furniture
        # whole; a title before its stamp is one run of text, and no unit's name alone
        # (``某某区总工会 2024-04-28 10:15``: the unit that posted it, over the title)
        head = text[: stamp.start()].strip()
        return None if _GAP_RE.search(head) or names_an_institution(head) else stamp.start(1)
    for gap in _GAP_RE.finditer(text):
        tail = text[gap.end() :]
        if _closing_byline(tail):
            return gap.end()
    return None


def _closing_byline(tail: str) -> bool:
    """What follows a blank on a title's line is its byline when a byline's mark opens
    it (``□记者 某某 报道``). A role word with no mark (``标题 本报记者 某某``) is not
    read so: tried at stop 44 (a city paper's e-paper runs headline, deck and byline into
    one line) and backed out, as it cost a held-out set a headline; names alone after a
    blank are no byline either (a title may end on a name: ``某某出席``)."""
    return tail[:1] in BYLINE_MARKS and is_head_byline(tail)


#: The first words of an item's text that print no dateline: a day or a word for lately.
_LEAD_START_RE = re.compile(
    rf"^(?:\d{{1,2}}月\d{{1,2}}日|[{TEN_NUMERALS}]{{1,3}}月[{TEN_NUMERALS}]{{1,3}}日"
    r"|近日|日前|近期|连日来|本月|昨天|昨日)"
)


#: A bulleted brief's text opening with its day (or days) or a word for lately and a
#: comma, nothing else before it (``7月3日，…``, ``7月1日至4日，…``, ``近日，…``).
_LEAD_CLAUSE_RE = re.compile(
    rf"^(?:{_LEAD_START_RE.pattern[1:]})(?:至(?:\d{{1,2}}月)?\d{{1,2}}日)?[，,]"
)


def _run_in_head(line: str, title: str, rest: str) -> bool:
    """A brief's head run in before its text: the text opens with its day or a word for
    lately, and names in its first sentence the place or body the head opens with (a
    name and a post before a sentence about the person name no such subject). Under a
    bullet (``■某地工会送清凉到工地 7月3日，…``, a digest printing each item's head in
    bold before its text) the head need name no subject the text repeats (briefs shorten
    the body's name, ``某地工会`` over ``某地市总工会``): the bullet opens an item, so the
    words before the blank are its head when the text after it opens with the day or
    the word for lately and a comma, as an item's first sentence does."""
    if not _LEAD_START_RE.match(rest):
        return False
    bulleted = line[:1] in BULLET_MARKS and bool(_LEAD_CLAUSE_RE.match(rest))
    return bulleted or names_its_subject(title, rest)


def _without_bullet(title: str) -> str:
    """A brief's run-in head without the bullet its item opens with (``■某县工会举办
    职工篮球赛 10月28日，…``): the bullet marks the item, the head is read after it."""
    return title.lstrip(BULLET_MARKS + " \t\u3000")


#: A head set in bold at the start of its line (``**某地工会送清凉到工地** 7月3日，…``).
_BOLD_HEAD_RE = re.compile(
    r"^(?:[" + BULLET_MARKS + r"]?\*\*(?P<head>[^*\n]+)\*\*"
    r"|[" + BULLET_MARKS + r"][ \t\u3000]*【(?P<marked>[^【】\n]+)】)[ \t\u3000]*(?=\S)"
)


def _bold_run_in_start(text: str) -> int | None:
    """Where the text starts after a brief's head a copy sets in bold before it
    (``**某地工会送清凉到工地** 7月3日，…``, a blank or none between): the bold marks the
    head as the bullet does, so the text after it need only open with a dateline or with
    its day or the word for lately and a comma."""
    match = _BOLD_HEAD_RE.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    opens = dateline_prefix(rest) or _LEAD_CLAUSE_RE.match(rest)
    head = match.group("head") or match.group("marked")
    if NUMBERED_RE.match(head.strip()):
        return None  # **一、强化技能培训**近日，…: a report's numbered part, no item's head
    return match.end() if opens and _reads_as_title(head) else None


#: A head of two phrases set apart by a blank or a comma (``学技能 促就业``,
#: ``送清凉，暖人心``), as briefs columns head their items.
_PAIRED_HEAD_RE = re.compile(r"^([^\s，,]+)(?:[ \t\u3000]+|[，,])([^\s，,]+)$")


def _paired_head(title: str) -> bool:
    """``title`` is two phrases of the same length set apart by a blank or a comma: a head shorter
    than :data:`CRUMB_TITLE_MIN` that the matched phrases still show to be one (a
    breadcrumb's crumb or a body's name before its text is one phrase, not a pair)."""
    match = _PAIRED_HEAD_RE.match(title.strip())
    return bool(match) and matched_phrases(match.group(1), match.group(2))


def title_dateline_start(text: str) -> int | None:
    """Where the text starts when a flattened e-paper prints its title on the line of its
    dateline (``某市新增68个职工服务点 本报讯 近日，…``), or a brief prints its head run in
    before its text with no dateline at all (``某县工会举办职工篮球赛 10月28日，…``): the
    title before the blank is display text, no furniture and no byline; the rest opens
    with a dateline, or (:func:`_run_in_head`) with the day or the word for lately an
    item's text opens with."""
    if bold := _bold_run_in_start(text):
        return bold
    for gap in _GAP_RE.finditer(text):
        title = _without_bullet(text[: gap.start()])
        paired = _paired_head(title)
        if len(without_spaces(title)) < CRUMB_TITLE_MIN and not paired:
            continue
        rest = text[gap.end() :]
        if not (dateline_prefix(rest) or _run_in_head(text, title, rest)):
            continue
        shortest = min(len(without_spaces(title)), CRUMB_TITLE_MIN) if paired else CRUMB_TITLE_MIN
        if (
            _reads_as_title(title, shortest)
            and not is_head_byline(title)
            and not is_entry_date(title)
        ):
            return gap.end()
        return None
    return None


def fields_before_text(text: str) -> int | None:
    """Where the text starts when a web copy prints its header fields on the line of its
    text (``来源: 某某网 作者: 某某 编辑: 某某 2013-08-14 某某网讯 一瓶…``, what is left of
    a flattened line once its title is cut off): the fields are furniture, the dateline
    after them opens the text. The fields must open the line and be furniture by
    themselves, and the text must open with a dateline, so a sentence that names a
    source goes on whole."""
    if not words().header.match(text.lstrip()):
        return None
    for gap in _GAP_RE.finditer(text):
        fields, rest = text[: gap.start()], text[gap.end() :]
        if len(without_spaces(fields)) > CHROME_MAX:
            return None
        if dateline_prefix(rest) and furniture_kind(fields):
            return gap.end()
    return None


#: A title and the date a list page prints after it on its line, blanks between
#: (``培训班开班  2025-03-08``, ``劳动竞赛启动 [03-05]``).
_TITLE_DATE_RE = re.compile(r"^(?P<title>.*\S)[ \t\u3000]+(?P<date>\S+)\s*$")
#: Shortest title a list page prints before its date (a list item's title may be short).
TITLE_BEFORE_DATE_MIN = 4


#: The dots a list of links opens its rows with (相关阅读, 上一篇 lists): a row so opened,
#: its title and its date, is a link to another item, not an item's own title.
_LIST_DOTS = "·•‧・"


def title_date_start(text: str) -> int | None:
    """Where the date starts when a list page prints an item's title and its posting date
    on one line (``培训班开班  2025-03-08``), if it does: the title is display text, the
    date furniture."""
    match = _TITLE_DATE_RE.match(text)
    if not match or not is_date_row(match.group("date")):
        return None
    title = match.group("title")
    if title.lstrip()[:1] in _LIST_DOTS:
        return None  # · 某某活动启动 2023-03-15: a related-reading list's row, furniture whole
    if not _reads_as_title(title, TITLE_BEFORE_DATE_MIN):
        return None
    if names_a_digest(title):
        return None  # 工作动态 03-08: a channel's header row
    return match.start("date")
