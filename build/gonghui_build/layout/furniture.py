"""Page furniture: the lines of a page that belong to no article.

A line is furniture by its own shape (``furniture_kind``):

* a **page label** (``第04版：工会``, ``00001版:一版要闻``, a page number alone), a
  **publication date** or a masthead with one (``2019年9月17日 星期二``,
  ``工人日报 2015年7月15日 星期三``, ``首都职工周讯 2023年第36期``), a **timestamp**;
* a **header or footer field** (``来源：``, ``作者：``, ``发布时间：``, ``原标题：``,
  ``责任编辑：``, ``(责编：…)``), a **URL**, an image's **file name**
  (``微信图片_20220801073442``), a page **title with the site's name**
  (``…活动举行_京工网``);
* **site chrome**: menus and breadcrumbs (``首页 | 要闻 | …``, ``首页 > 工会 > 正文``),
  buttons (``放大 缩小 默认``, ``【打印】 【关闭窗口】``, ``分享到：``), footers
  (``版权所有``, ``ICP备…``), welcome lines (``…欢迎您！ | 今天是：``);
* a **service line** (``登报咨询电话：63522410``): a short label ending on a cue word and
  a field's value (``service_lines``) — ``热线``, ``电话`` or ``地址`` inside a news item
  or at a headline's end never make it furniture;
* a **running head or page number** of a book (``第二十二章 群众团体``, ``· 213 ·``,
  ``工　会``: :mod:`book_heads`);
* a **continuation marker** (``上接第1版``, ``（下转第3版）``): it flags its article continued.

Some furniture *closes* the article before it (an editor credit, ``下转``, an end mark or
a count of items, ``（完）``, ``共12条``, the buttons and footer a web page prints after its
text, a column's name over the next item): text after it starts a new article. The words
are reviewed data in ``reference/page_furniture.yaml``; the shapes are here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.layout import pagers, record_rows
from gonghui_build.layout.book_heads import is_book_furniture
from gonghui_build.layout.column_names import is_column_name
from gonghui_build.layout.cues import is_continuation_marker, item_marker
from gonghui_build.layout.masthead_rows import is_masthead_row, paper_page_row
from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.record_rows import COLON_KEY_GAP, is_record_row, spaced_keys
from gonghui_build.layout.role_words import BYLINE_MARKS
from gonghui_build.layout.service_lines import is_forecast, is_service_line
from gonghui_build.layout.site_rows import is_button_row, is_sponsor_row
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.numbers import TEN_NUMERALS

_PAGE_LABEL_RE = re.compile(
    r"^(?:第\s*[A-HＡ-Ｈ]?\s*[0-9０-９一二三四五六七八九十百]+\s*版(?![权面])"
    r"|\d{1,5}\s*版\s*[:：]|第\s*\d+\s*期\s*[:：]?\s*第\s*\d+\s*版|\d{1,3}$"
    r"|[A-H]?\d{1,3}版$|[A-H]\d{1,3}版\s*[:：])"
)
_DATE_EXTRAS_RE = re.compile(
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?|星期.|周[一二三四五六日天]|第\s*[0-9{TEN_NUMERALS}]+\s*[版期]"
    r"|[\s|｜·•:：,，()（）]"
)
#: A clause going on after a date (``2006年1月17日，区总…``): running text, no date line.
_CLAUSE_AFTER_RE = re.compile(r"\s*[，,]\s*(?!星期|周)[\u4e00-\u9fff]")
#: A web post's day and time of day as its stamp row prints them (``2024-01-12 10:31``,
#: ``2025年9月27日 18:06``): one pattern for :mod:`.heads_web`'s header rows and
#: :mod:`.under_title`'s bare stamp row, so the two read one stamp alike.
POSTED_DAY = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
TIME_OF_DAY = r"\s*\d{1,2}[:：]\d{2}"
#: A time of day printed right after a date (``2024年05月06日 17:30``).
_TIME_AFTER_RE = re.compile(rf"{TIME_OF_DAY}(?!\d)")
#: A post's header line opening with its month, day and time, the year left out
#: (``02-13 18:07 某某融媒体中心 某某``): when it was posted, no headline.
_SHORT_STAMP_RE = re.compile(
    r"^(?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}[:：]\d{2}(?!\d)"
)
#: (a domain may close the line in brackets after the site's name: ``某网(iAsk.com)``)
_URL_RE = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)(?:/|[)）]?$)")
_IMAGE_RE = re.compile(
    r"^(?:微信图片|IMG|DSC|image|图片)[_\-]?\w*\d{4,}\S*$"
    r"|\.(?:jpe?g|png|gif|bmp|webp|docx?|xlsx?|pptx?|pdf|wps|zip|rar)$"
    # a CMS's image file name, its default alt text glued before it (`图片默认标题_fororder_
    # 9f72…`): a broadcaster's city sites, where the photo stood between title and dateline
    r"|_fororder_[\w\-]+$",
    re.IGNORECASE,
)
_SITE_TITLE_RE = re.compile(
    r"[_|｜\-－—]\s*[\u4e00-\u9fffA-Za-z]{1,12}(?:网|网站|报|频道|客户端|门户)$"
)
#: The channels a page title names after it, two or more (``-市总动态-工会新闻-某某工会``).
TITLE_PATH_RE = re.compile(r"(?:[_|｜\-－][\u4e00-\u9fffA-Za-z]{1,12}){2,}$")
#: The marks parting a breadcrumb's steps (``首页 > 工会``, ``首页 » 工会``, ``首页 › 工会``).
CRUMB_MARKS = ">＞»›"
_MENU_SPLIT_RE = re.compile(rf"\s*(?:[|｜]|>>|＞＞|[{CRUMB_MARKS}])\s*")
#: What parts the words of a site's chrome row (``【打印】【关闭】``): any mark, wider on
#: purpose than what parts a credit's names (``role_words.NAME_SEPARATOR``, blanks, commas).
_TOKEN_SPLIT_RE = re.compile(r"[\s|｜/<>＜＞【】〔〕\[\]()（）·•:：,，◀▶◁▷←→«»‹›—─－]+")
#: How many pages the day's issue has, printed by the masthead (``本报今日8版``,
#: ``今日16版``, ``本期共4版``): the paper's, no title.
_ISSUE_SIZE_RE = re.compile(
    rf"^(?:本报|本刊)?(?:今日|今天|本期)共?[0-9０-９{TEN_NUMERALS}]{{1,3}}(?:个)?版$"
)
#: Where a copy left an image or a video out, its placeholder alone on a line (``图片``,
#: ``【视频】``, a stock photo's ``（资料图片仅供参考）``): no title, no text.
_PLACEHOLDER_RE = re.compile(
    r"^[\[【(（]?(?:资料)?(?:图片|图|视频|动图|音频|image|img|video)(?:仅供参考)?[\]】)）]?$",
    re.I,
)
#: A side box's teaser cut off by its link to the rest (``某某简介 某某是…… 更多>``,
#: ``[详细>>]``): the site's, not the page's text.
_MORE_LINK_RE = re.compile(r"(?:更多|详细|详情|全文)\s*(?:>{1,2}|＞{1,2}|»)\s*[\]】]?$")
#: A day's date or weekday as a token of a button row (``2021年5月11日``, ``星期二``, ``星期``).
_DAY_TOKEN_RE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]?")
#: A document's number under its issuer's name (``某工发〔2023〕15号``, ``某字[2017]26号``):
#: the file's reference, no title of it nor of an index.
_DOC_NUMBER_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔［\[（(]\d{4}[〕］\]）)]第?\d{1,4}号$")
#: A bulletin's or a document's distribution rows at its foot (``报：省总工会``, ``送：州委、
#: 州政府``, ``发：各县（市）总工会``, ``抄送：…``): whom the issue goes to, no text of it.
_DISTRIBUTION_RE = re.compile(r"^(?:报|送|发|抄送|抄报|主送|分送)[:：]\S")
#: A WeChat post's collection tag and the count of its posts (``#工会动态 12个``; the
#: ``#`` may be read as a Markdown mark and dropped, the blank before the count stays),
#: and its ``原创`` badge row when the stamp breaks off it (``原创 某某工会 某某工会``).
_POST_TAG_RE = re.compile(
    r"^(?:#?[^#\s]{1,20}\s+\d{1,5}个|原创(?:\s+[\u4e00-\u9fffA-Za-z·]{2,16}){1,2})$"
)
#: A call to follow the site's account, closing a web page (``看某某新闻，关注某某网微信``,
#: ``欢迎关注某某工会公众号``): the account is named last, no headline ends so.
_FOLLOW_RE = re.compile(
    r"关注[^，,。！？!?]{0,16}(?:微信|公众号|微博|抖音号?|视频号|客户端|头条号)[！!]?$"
    # or to download its app to read more (``下载某某客户端浏览更多新闻``)
    r"|^(?:下载|打开)[^，,。！？!?]{0,12}(?:客户端|APP|App|app)[^，,。！？!?]{0,10}$"
)
#: A journal's issue line over its article (``《某某工运》2021年第11期``, ``某某杂志 2021年11期``,
#: ``某某月刊2021年第3期（总第205期）``): the journal's name in 《》, before a blank or
#: ending on a journal's word, then only the year and the issue.
_ISSUE = r"(?:19|20)\d{2}\s*年\s*第?\s*\d{1,3}\s*期(?:\s*[（(]?\s*总第?\s*\d{1,5}\s*期\s*[)）]?)?$"
_ISSUE_NAME = r"(?:《[^》]{2,20}》\s*|[\u4e00-\u9fff]{2,16}[ \t\u3000]+)?"
_ISSUE_LINE_RE = re.compile(f"^{_ISSUE_NAME}{_ISSUE}")
#: An issue's number (``第12期``, ``第十二期``, ``第 105 期``), in figures or in words: the one
#: form a bulletin's masthead here and a digest's title (:mod:`.digest_titles`) number it by.
ISSUE_NUMBER = r"第\s*[0-9０-９〇零一二三四五六七八九十百]{1,5}\s*期"
#: A union bulletin's masthead (``某市总工会工作简报（第12期）``, ``工会信息 2019年第3期``,
#: ``职工之家简报 第十二期``): the bulletin's name, ending on a bulletin's word, then its
#: issue; the issue, not the items under it, so no headline of theirs. The issue may
#: stand alone on the line under the name (``（第12期）``), as no headline does.
_BULLETIN_RE = re.compile(
    r"^(?:[\u4e00-\u9fff（）()]{0,20}(?:简报|快报|专报|信息|动态|通讯|工作通报))?\s*[（(]?\s*"
    rf"(?:(?:19|20)\d{{2}}\s*年\s*)?{ISSUE_NUMBER}"
    r"(?:\s*[（(]?\s*总第?\s*\d{1,5}\s*期\s*[)）]?)?\s*[)）]?$"
)
#: A bulletin's issuer under its masthead (``某市总工会办公室编``, ``某区总工会宣传部编印``):
#: the office that edits it, its date set apart on the line; no headline is who edited it.
_ISSUER_RE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:工会|办公室|办|部|委员会|中心|处|科|室)"
    r"(?:编印|编发|主编|编|主办|印发)$"
)
#: A bulletin's issuing office named with no verb, its date after it on the line
#: (``某区总工会办公室　　2024年5月20日``): the office that edits the bulletin, no title.
_ISSUING_OFFICE_RE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:办公室|宣传部|宣教部|宣传教育部|组织部|编辑部)$"
)


def is_issuing_office(text: str) -> bool:
    """A bulletin's issuer (``某市总工会办公室编``, or its office with no verb): printed
    before the issue's date, the masthead's, not a title listed with its date."""
    compact = without_spaces(text)
    return bool(_ISSUER_RE.match(compact) or _ISSUING_OFFICE_RE.match(compact))


#: Longest line (characters without spaces) that a header field or chrome can be.
CHROME_MAX = 80
#: Longest page title with the site's name.
SITE_TITLE_MAX = 60
#: Longest disclaimer read as furniture.
NOTICE_MAX = 240
#: Most characters before the ending of a line that only names a paper or a site.
MEDIA_NAME_MAX = 10
#: A paper's, a site's or a desk's name before the ending that says what it is
#: (``media_name_endings``): two Chinese characters or more.
_MEDIA_NAME_HEAD = f"[\\u4e00-\\u9fff]{{2,{MEDIA_NAME_MAX}}}"
#: Most characters before the ending of a logo's text (an institution's name, digits glued).
LOGO_NAME_MAX = 14


@dataclass(frozen=True)
class Furniture:
    """What a furniture line is: ``closing`` when it ends the article before it."""

    closing: bool
    marker: str | None = None  # "from" (上接: continued from) or "to" (下转: continued on)


@dataclass(frozen=True)
class _Words:
    header: re.Pattern[str]
    editor: re.Pattern[str]
    chrome_phrases: re.Pattern[str]
    chrome_tokens: frozenset[str]
    closing_tokens: frozenset[str]
    digest_titles: re.Pattern[str]
    notices: re.Pattern[str]
    media_name: re.Pattern[str]
    logo_name: re.Pattern[str]
    registration: re.Pattern[str]
    institution: re.Pattern[str]
    journal_issue: re.Pattern[str]
    max_chars: int


@functools.cache
def words() -> _Words:
    data = lexicon.load("page_furniture.yaml")
    alt = lexicon.alternation
    # a field's name, a link's, a reprint's source (转自：…)
    keys = [*data["header_keys"], *data["neighbour_link_keys"], *data["reprint_marks"]]
    editors = spaced_keys(data["editor_keys"], COLON_KEY_GAP)
    institution = f"^[\\u4e00-\\u9fff]{{2,{LOGO_NAME_MAX}}}(?:{alt(data['logo_name_endings'])})"
    return _Words(
        # a post's field may print a bar for its colon (``编辑｜某某``, ``来源 | 某某区总工会``),
        # its key blanks justifying it to the width of the others (``编    辑：``, the editor's)
        header=re.compile(
            f"(?:^|[\\s|｜（(【\\[])(?:{spaced_keys(keys, COLON_KEY_GAP)})"
            "\\s*(?:[:：]|[丨｜](?=\\S)|[|丨｜][ \\u3000]?(?=[^\\s|丨｜]))"
        ),
        # after a bracket, a blank or a byline's square (■本版编辑：某某  ■校对：某某)
        editor=re.compile(f"(?:^|[（(【\\[\\s{BYLINE_MARKS}])(?:{editors})\\s*[:：\\s丨｜]"),
        chrome_phrases=re.compile(alt(data["chrome_phrases"])),
        chrome_tokens=frozenset(data["chrome_tokens"]),
        closing_tokens=frozenset(data["closing_tokens"]),
        digest_titles=re.compile(alt(data["digest_titles"])),
        notices=re.compile(  # opening a line, or a ban on reprints beside whose rights
            f"^(?:{alt(data['notice_phrases'])})|^(?=.*(?:{alt(data['notice_rights'])}))"
            f".*(?:{alt(data['notice_clauses'])})"
        ),
        media_name=re.compile(  # one name, or several apart by 、 (A、B联合出品)
            f"^{_MEDIA_NAME_HEAD}(?:、{_MEDIA_NAME_HEAD})*(?:{alt(data['media_name_joint_marks'])})?"
            f"(?:{alt(data['media_name_endings'])})$"
        ),
        logo_name=re.compile(f"{institution}\\d{{1,2}}$"),
        registration=re.compile(alt(data["registration_marks"])),
        institution=re.compile(f"{institution}$"),
        journal_issue=re.compile(
            f"^[\\u4e00-\\u9fff]{{1,14}}(?:{alt(data['journal_name_endings'])}){_ISSUE}"
        ),
        max_chars=int(data["max_chars"]),
    )


def _sentence_like(compact: str) -> bool:
    return "。" in compact or compact.count("，") >= 2


def _is_dated(compact: str, text: str) -> bool:
    """A date line or a masthead with its date: little text left around the date, a line
    of page metadata that prints the date twice, or a post's header line that prints a
    date with the time of day (``原创 某某工会 2024年05月06日 17:30 北京``): no headline
    prints when it was posted."""
    dates = [m.end() for m in DATE_RE.finditer(text)]
    if not dates or _sentence_like(compact) or any(_CLAUSE_AFTER_RE.match(text, e) for e in dates):
        return False
    rest = _DATE_EXTRAS_RE.sub("", DATE_RE.sub("", text))
    timed = any(_TIME_AFTER_RE.match(text, end) for end in dates)
    return len(rest) <= 12 or (len(compact) <= CHROME_MAX and (len(dates) >= 2 or timed))


def _is_chrome(compact: str, text: str, w: _Words) -> bool:
    if w.chrome_phrases.search(text) and len(compact) <= CHROME_MAX and "。" not in compact:
        return True
    if is_button_row(compact, w.chrome_tokens) or is_sponsor_row(text):
        return True
    # a counter's number may be glued to its button (`0浏览 评论0`, `阅读1523`); an
    # e-paper's pager row prints the day among its buttons (`上一版5 6下一版 2021年5月11日
    # 星期 放大 缩小 默认`), a list's pager its counts (`共3页`): the row's, too
    raw = [t for t in _TOKEN_SPLIT_RE.split(text) if t]
    tokens = [t if _DAY_TOKEN_RE.fullmatch(t) else t.strip("0123456789") or t for t in raw]
    chrome = [
        t
        for t in tokens
        if t in w.chrome_tokens or pagers.NUMERIC_TOKEN_RE.match(t) or _DAY_TOKEN_RE.fullmatch(t)
    ]
    if tokens and len(chrome) == len(tokens) and any(t in w.chrome_tokens for t in tokens):
        return True
    if pagers.PAGER_ROW_RE.match(compact) or pagers.is_count_row(compact):
        return True
    parts = [p for p in _MENU_SPLIT_RE.split(text) if p]
    separators = _MENU_SPLIT_RE.findall(text)
    crumbs = any(mark in s for s in separators for mark in CRUMB_MARKS)
    short = all(len(p) <= 12 for p in parts) and not _sentence_like(compact)
    return short and (len(separators) >= 2 or (crumbs and all(len(p) <= 8 for p in parts)))


def _closing(text: str, compact: str, w: _Words) -> bool:
    if w.editor.search(text) or pagers.is_end_row(compact):
        return True
    tokens = {t for t in _TOKEN_SPLIT_RE.split(text) if t}
    return bool(tokens & w.closing_tokens) or any(p in text for p in w.closing_tokens if len(p) > 2)


@functools.lru_cache(maxsize=1 << 18)
def furniture_kind(text: str) -> Furniture | None:
    """How ``text`` (one line or block) is page furniture, or None when it is not (kept for
    the lines of a page: the layout asks about a line more than once)."""
    compact = without_spaces(text)
    if not compact:
        return None
    if is_continuation_marker(text):
        continued_from = compact.lstrip("（(").startswith(("上接", "接"))
        return Furniture(closing=not continued_from, marker="from" if continued_from else "to")
    w = words()
    if (w.notices.match(compact) or w.registration.search(compact)) and len(compact) <= NOTICE_MAX:
        return Furniture(closing=True)  # a site's disclaimer or licence footer
    if item_marker(text.strip()) and ("，" in compact or "。" in compact):
        return None  # a digest item, whatever words it holds
    if len(compact) > CHROME_MAX and _sentence_like(compact):
        return _running_text_furniture(compact, text, w)
    shaped = (
        _PAGE_LABEL_RE.match(compact)
        or _ISSUE_SIZE_RE.match(compact)
        or _MORE_LINK_RE.search(compact)
        or _PLACEHOLDER_RE.match(compact)
        or not any(is_cjk(ch) for ch in compact)  # markup, CSS, a button row in Latin
        or _is_dated(compact, text)
        or (_SHORT_STAMP_RE.match(text.strip()) and len(compact) <= CHROME_MAX)
        or (_URL_RE.search(text) and len(compact) <= CHROME_MAX)
        or _IMAGE_RE.search(compact)
        or is_forecast(compact)
        or is_masthead_row(text)  # a masthead's rows: its date path, publisher, CN number
        or site_title(compact)
        or is_book_furniture(text)  # a book's running head or page number
        or _DOC_NUMBER_RE.match(compact)
        or (_DISTRIBUTION_RE.match(compact) and len(compact) <= CHROME_MAX)
        or _POST_TAG_RE.match(text.strip())
        or _ISSUE_LINE_RE.match(text.strip())
        or _BULLETIN_RE.match(compact)
        or _ISSUER_RE.match(compact)
        or w.journal_issue.match(compact)  # 某某杂志2021年11期: the name glued to the issue
        or _FOLLOW_RE.search(compact)
        or w.media_name.match(compact)  # a source line: the paper's or site's name alone
        or paper_page_row(text, w.media_name.match)  # 某某工人报 第3版 要闻
        or w.logo_name.match(compact)  # a logo's text: the site's name, digits glued on
        or is_column_name(compact)  # a column's name over its item
        or pagers.is_neighbour_link(text.strip(), compact)
        or pagers.is_lost_counter_unit(compact)
        or pagers.is_end_row(compact)
        or pagers.is_page_pointer(compact)
    )
    keyed = (w.header.search(text) or w.editor.search(text)) and (
        len(compact) <= CHROME_MAX and not _sentence_like(compact)
    )
    if (
        shaped
        or keyed
        or is_record_row(text)  # a record's fields, their colons lost
        or record_rows.is_production_credit_row(text)  # 策划/某某 执行/某某
        or _is_chrome(compact, text, w)
        or _is_service(compact, text, w)
    ):
        return Furniture(closing=_closing(text, compact, w) or is_column_name(compact))
    return None


def _running_text_furniture(compact: str, text: str, w: _Words) -> Furniture | None:
    """A long line of sentences is furniture only when it opens with a page label, holds
    no Chinese, names a file, is the day's weather forecast, or is nothing but buttons
    and menus: every other shape of furniture is short or is no sentence."""
    shaped = (
        _PAGE_LABEL_RE.match(compact)
        or not any(is_cjk(ch) for ch in compact)
        or _IMAGE_RE.search(compact)
        or is_forecast(compact)
    )
    if shaped or ("。" not in compact and _is_chrome(compact, text, w)):
        return Furniture(closing=_closing(text, compact, w))
    return None


def site_title(text: str) -> bool:
    """A page title followed by the site's name (``…活动举行_京工网``), or by the path of
    its channels down from the site (``标题 - 市总动态 - 工会新闻 - 某某工会``)."""
    compact = without_spaces(text)
    path = TITLE_PATH_RE.search(compact)
    return bool(_SITE_TITLE_RE.search(compact) or (path and path.start() > 0)) and (
        len(compact) <= SITE_TITLE_MAX
    )


def is_header_field(text: str) -> bool:
    """A web page's header line under its title: a field and its value (``来源：…``,
    ``作者：… 发布时间：…``), no sentence."""
    return bool(words().header.search(text)) and furniture_kind(text) is not None


def _is_service(compact: str, text: str, w: _Words) -> bool:
    """A service line: a field's label and value (``service_lines``), never a sentence;
    a line a dash opens is a subtitle naming its subject (``——某某服务热线来电选登``)."""
    if _sentence_like(compact) or compact.startswith("—"):
        return False
    digits = sum(ch.isdigit() for ch in compact)
    return (len(compact) <= w.max_chars or digits >= 5) and is_service_line(compact, text)


def names_an_institution(text: str) -> bool:
    """A short line that is only an institution's name (``某某县总工会``, ``某某职工学校``):
    the account or the site a copy comes from when it is set under a title."""
    return bool(words().institution.match(without_spaces(text)))
