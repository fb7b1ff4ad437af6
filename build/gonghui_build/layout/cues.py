"""What the start or the end of a line says about it, read from its text alone.

* **datelines** open a news item: ``本报讯`` (a site's ``本站讯``), ``本报北京3月5日讯``,
  a site's own ``京工网讯`` / ``中工网讯（记者 …）``, an agency's or a site's ``…电``
  (``新华社北京3月5日电``, ``人民网北京5月3日电（记者 …）``);
* **bylines** at the head of an article: a mark and names (``□本报记者 林晓秋``), a role
  word and names (``本报记者 林晓秋``, ``工人日报-中工网记者 柏文舟 通讯员 郝菁``);
* **credits at the end** of an item (read in :mod:`end_credits`, named here too);
* **photo credits** (``冯一帆 摄``, ``摄影/冯一帆``; read in :mod:`photo_credits`, named
  here too) and **captions** (``图为…``, ``↑…``);
* **items** of a digest: a bullet (``▲ ● ■ △ ◆``) or a number (``1.``, ``2、``, ``（3）``)
  before a sentence;
* **entry heads** of yearbooks: ``【区总工会召开女职工工作会】`` before the entry's text;
* **continuation markers**: ``上接第1版``, ``（下转第3版）``.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.bare_credits import BARE_CREDIT, REPORTER_CLAUSE
from gonghui_build.layout.credit_roles import CREDIT_ROLE_RE as CREDIT_ROLE_RE
from gonghui_build.layout.end_credits import end_credit_start as end_credit_start
from gonghui_build.layout.end_credits import is_credit_line as is_end_credit_line
from gonghui_build.layout.end_credits import is_keyed_credit
from gonghui_build.layout.end_credits import names_a_body as names_a_body
from gonghui_build.layout.mark_keys import names_each_marked
from gonghui_build.layout.part_labels import is_part_label
from gonghui_build.layout.photo_credits import COMMON_WORD_FREQ, joined_letters
from gonghui_build.layout.photo_credits import credit_names as credit_names
from gonghui_build.layout.photo_credits import is_slash_credit as is_slash_credit
from gonghui_build.layout.photo_credits import photo_credit_start as photo_credit_start
from gonghui_build.layout.role_titles import commas_part_names, names_after_role
from gonghui_build.layout.role_words import BYLINE_MARKS as BYLINE_MARKS
from gonghui_build.layout.role_words import OWN, QUALIFIED_ROLE_WORD, ROLE_WORD, SIGNING_ROLE
from gonghui_build.layout.supplied_lines import is_supplied_line
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.names import is_name_shaped
from gonghui_build.text.numbers import MONTH_OR_DAY, TEN_NUMERALS
from gonghui_build.vocabulary import AuthorRole

#: The marks that open an item of a list (``▲某某…``, ``•某某…``): one definition for every
#: reader of bullets (a digest's items, a headline index's titles, a news list's headlines).
BULLET_MARKS = "▲●■△◆★☆▶►◎○□◇▪•·"
#: Marks that point at the photo a caption is under (and that some digests bullet items with).
PHOTO_POINTERS = "▲↑△"
BULLETS = BULLET_MARKS + "".join(chr(c) for c in range(0x2460, 0x2474))  # ①…⑳
#: Markdown list marks before an item: ``- ``, ``* ``, ``+ ``.
_LIST_MARK_RE = re.compile(r"^[-*+]\s+")
#: A reporter's credit in brackets opening a text, with the paper's name before it, if
#: any: ``（记者 车晓莉 通讯员 周勤）8月6日，…``, ``（江城日报）（记者…）``; a county's
#: media centre or a station may name itself inside the brackets before the role word
#: (``（某某县融媒体中心记者 某某 报道）11月27日，…``).
_BRACKET_BYLINE = (
    r"(?:[（(][\u4e00-\u9fff]{2,8}(?:报|報|网|網|台|社)[）)])?"
    rf"[（(]\s*{QUALIFIED_ROLE_WORD}"
    r"[^）)\n]{1,40}[）)]"
)
#: An old paper's dateline in brackets before its text: an agency's or a paper's
#: (``【新华社某地十四日电】``, ``【本报某地讯】``), a place's alone (``【某地讯】``, the
#: 1940s–50s papers' local news) or with its day (``【某地二十日电】``); an agency's or
#: a paper's in round brackets (``（新华社某地十七日电）``, ``（本报讯）``);
#: never a yearbook's or a column's heading of news in brackets (``【工会简讯】``).
_AGENCY_IN_BRACKETS = (
    r"[\u4e00-\u9fff]{1,6}(?:社|报|報)[\u4e00-\u9fff\d]{0,10}?"
    r"(?<![简快通资短喜音视])(?:电|讯|電|訊)"
)
#: A paper, an agency, a station or a site by its name (``某某日报``, ``某某网``).
_NEWS_SOURCE = r"[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:社|网|網|报|報|台)"
#: A county's media centre, a site or a channel whose name ends in no 社, 网 or 报, before
#: its 讯 and perhaps the day (``某某融媒2月6日讯（全媒体记者 …）``, ``某某融媒体中心讯``,
#: ``某某新闻在线讯（通讯员 …）``, ``某某在线讯``, ``某某体育讯``: county media centres'
#: and local sites' copies read in session 36); never a word 讯 begins (讯息) nor a 通讯员.
_MEDIA_DATELINE = (
    r"[\u4e00-\u9fff]{2,8}?(?:融媒(?:体中心)?|在线|客户端|体育|电视台)"
    r"(?:\d{1,2}月\d{1,2}日)?(?:讯|訊)(?![息员員号])"
)
#: A place's 讯 with no brackets at a paragraph's start, read only when the text's day
#: or the reporters in brackets follow it (``清河讯 7月8日，…``, ``清河讯（通讯员 某某）``:
#: county and local papers' briefs read in session 41); a news word's 讯 (喜讯, 快讯,
#: 简讯) or a sentence is none, nor is a place's 讯 before anything else.
_PLACE_DATELINE = (
    r"[\u4e00-\u9fff]{2,6}?(?<![简快通资短喜音视电捷])(?:讯|訊)"
    rf"(?=[ \t\u3000]+(?:{MONTH_OR_DAY}月|近日|日前|近期|连日来|昨天|昨日)"
    rf"|[（(]\s*{QUALIFIED_ROLE_WORD})"
)
#: A place's wire with its day, no agency named, its reporters in brackets after it
#: (``湛江9月14日电（记者 某某）…``: real_dev27, read as text with no dateline).
_PLACE_DAY_WIRE = (
    rf"[\u4e00-\u9fff]{{2,6}}?(?:{MONTH_OR_DAY}月)?{MONTH_OR_DAY}日(?:电|電)"
    rf"(?=[（(]\s*{QUALIFIED_ROLE_WORD})"
)
_BRACKETED_DATELINE = (
    rf"[【\[](?:{_AGENCY_IN_BRACKETS}"
    r"|[\u4e00-\u9fff]{2,6}?(?<![简快通资短喜音视电])(?:讯|訊)"
    rf"|[\u4e00-\u9fff]{{2,6}}?[{TEN_NUMERALS}廿卅\d]{{1,3}}日(?:电|電)"
    rf"|{_NEWS_SOURCE}消息)[】\]]"
    # with text after it: alone on its line (``（据新华社电）``) it is a brief's source
    rf"|[（(](?!据){_AGENCY_IN_BRACKETS}[）)](?=[ \t\u3000]*\S)"
)
DATELINE_RE = re.compile(
    r"^(?:(?:"
    + _BRACKETED_DATELINE
    # a site's, a magazine's or a station's own 讯 too (``本站讯（职工通讯员 某某）…``)
    + r"|[【\[]?(?:本报讯|本報訊|本(?:站|网|刊|台)(?:讯|訊))[】\]]?"
    r"|本报[^\s，。,]{1,10}?讯(?![员員])|本报综合消息"
    rf"|{_MEDIA_DATELINE}"
    rf"|{_PLACE_DATELINE}"
    rf"|{_PLACE_DAY_WIRE}"
    # a community, a grid's cell, a report are no agency's name (``某某社区开展电动车…``)
    r"|[\u4e00-\u9fffA-Za-z0-9]{1,8}(?:社(?![区會会])|网(?![格点])|報|报(?![告名])|網)"
    r"[^\s，。,（(电讯電訊]{0,12}?"
    # 国网某县供电公司, 南方电网某变电站: a power word's 电, no agency's (``…北京电``)
    r"(?<![供发變变配输輸用农農])(?:电|讯|電|訊)"
    r"(?![子视話话脑腦力信气器影梯池厂站缆商员員网網])"  # 国网某市电力公司, 南方电网, 本报通讯员
    # a paper's or a site's 消息 before its reporters or a blank (``某某日报（某某网）消息
    # （记者 某某）``, ``某某网消息 …``), a colon perhaps between (``某某网消息:（通讯员 某某）``)
    rf"|{_NEWS_SOURCE}(?:[（(][\u4e00-\u9fff]{{2,8}}(?:网|網)[）)])?"
    r"消息(?:[:：](?=[（(])|(?=[（( \t\u3000]))"
    # a site's name and a colon before its writers in brackets (``某某新闻网：（某某、某某）``)
    rf"|{_NEWS_SOURCE}[:：]"
    r"(?=[（(][\u4e00-\u9fff]{2,4}[、，, \u3000）)])(?![（(][一二三四五六七八九十]))"
    # the writers in brackets, a colon perhaps before them (``某某网讯：（某某、某某）``)
    r"[ \t\u3000]*(?:[:：]?[（(][^）)\n]{0,40}[）)])?"
    # the reporters after the dateline, their role words printed or not (``本报讯 记者
    # 某某 报道``, ``本报讯 某某报道  近日，…``: a name and 报道 before a blank)
    rf"(?:[ \t\u3000]*{ROLE_WORD}[\u4e00-\u9fff、 ]{{2,20}}?报道"
    r"|[ \t\u3000]*(?!据|近日|日前|近期)[\u4e00-\u9fff]{2,4}"
    r"(?:[、 \u3000][\u4e00-\u9fff]{2,4}){0,2}报道(?=[ \t\u3000])"
    # or their credit with no brackets, set off by blanks before the text's day
    # (``本报讯 记者 某某 通讯员 某某  3月12日，…``, ``本报讯 通讯员 某某  近日，…``)
    rf"|[ \t\u3000]*{BARE_CREDIT})?"
    rf"|{_BRACKET_BYLINE}(?=\S)|{BARE_CREDIT})"
)
#: What a role word makes a compound word with in a headline that names reporters, no
#: byline (``某区共庆记者节``, ``记者证``, ``记者会``, ``记者团``, ``通讯员队伍``); a title
#: may open with one (``记者节 某某工会走进报社``, ``记者节：…``: three real sites print
#: titles opening with 记者节, read in session 29).
_ROLE_COMPOUND = r"(?!节|证|会|团|协会|队伍)"
_BYLINE_START_RE = re.compile(
    rf"^(?:{ROLE_WORD}{REPORTER_CLAUSE}{_ROLE_COMPOUND}|文[/／]|图[/／]|撰文"
    rf"|作者[:：]|[\u4e00-\u9fff\-－—]{{2,14}}?{SIGNING_ROLE}{REPORTER_CLAUSE}"
    rf"{_ROLE_COMPOUND}(?=\s*[\u4e00-\u9fff]))"
)
#: A team that signs a feature after a byline's mark (``■某某工会联合调研组``), no name.
_AUTHOR_TEAM_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:调研组|课题组|写作组|采访组|报道组|评论员)$"
)
#: A day right after an item's number, glued to it (``1.8月15日，…``): no decimal
#: (``2.5万``), the month and day after it.
_DAY_GLUED = r"\d{1,2}月\d{1,2}日"
_NUMBER_RE = re.compile(
    rf"^(?:\d{{1,2}}(?:[.．](?!\d)|[.．](?={_DAY_GLUED})|、)|\d{{1,2}}[)）]|[（(]\d{{1,2}}[）)]|[{TEN_NUMERALS}]{{1,3}}[、.．])\s*"
)
ENTRY_HEAD_RE = re.compile(r"^【([^【】\n]{2,30})】")
#: Control characters that are not line endings or blanks (those are read as such).
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
#: HTML tags a copy left in the text (``<p class="…">``, ``<br/>``, ``</span>``).
HTML_TAG_RE = re.compile(
    r"</?(?:p|br|span|div|strong|em|b|i|u|font|section|img|a|h[1-6])\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
#: A numbered heading inside a text (一、概况, （二）…, 3.…).
NUMBERED_RE = re.compile(
    rf"^(?:[{TEN_NUMERALS}]{{1,3}}[、.．]|[（(][{TEN_NUMERALS}\d]{{1,3}}[）)]|\d{{1,2}}(?:[.．](?!\d)|、))"
)
#: A continuation marker's words; a page may be numbered in its section's letter
#: (``上接A1版``).
CONTINUATION_MARKER = (
    rf"(?:上接|下转|接|转)\s*(?:第\s*)?[A-Ha-hＡ-Ｈ]?\s*[0-9０-９{TEN_NUMERALS}]+\s*版"
)
#: A continuation marker filling its line, in brackets or bare.
CONTINUATION_RE = re.compile(rf"^[（(]?\s*{CONTINUATION_MARKER}\s*[）)]?$")
#: A photo caption's opening; a page may set the whole caption in brackets after the
#: text it illustrates (``（图为职工在书屋阅读）``), read as one all the same.
_CAPTION_START_RE = re.compile(
    r"^(?:[（(](?=图为|上图|下图|左图|右图))?(?:图为|图：|图:|上图|下图|左图|右图|↑|▲图|图片：|图片:)"
)


@functools.cache
def speakers() -> frozenset[str]:
    """Who speaks in an interview's turns (``记者：``, ``问：``)."""
    return frozenset(lexicon.load("page_furniture.yaml")["speakers"])


#: A turn's speaker and its colon at the start of a line (``问：``, ``记者：``).
_TURN_RE = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{1,4})\s*[：:]")


def opens_turn(text: str) -> bool:
    """A line opening a turn of an interview or a Q&A with a speaker word of
    ``page_furniture.yaml`` (``问：…``, ``答：…``)."""
    match = _TURN_RE.match(text)
    return bool(match) and match.group(1) in speakers()


def is_label(text: str) -> bool:
    """``编者按``, ``相关链接``: a part of an article in 【】 or after a mark (``■编后``),
    not a yearbook entry; nor is a dateline in brackets (``【本报讯】``, ``【某地讯】``),
    given with its brackets or without them."""
    bracketed = f"【{text.strip()}】"
    return is_part_label(text) or bool(DATELINE_RE.match(text) or DATELINE_RE.match(bracketed))


@functools.cache
def _label_opening() -> re.Pattern[str]:
    data = lexicon.load("page_furniture.yaml")
    labels = sorted({*data["article_labels"], *data["reply_labels"]}, key=len, reverse=True)
    return re.compile(f"^[【\\[(（]?(?:{'|'.join(map(re.escape, labels))})[】\\])）]?\\s*[:：]")


def opens_with_label(text: str) -> bool:
    """A paragraph opened by the label of a part of an article and a colon (``编者按：…``,
    ``记者手记：``, ``编辑回复：…``): an editor's note, a reporter's afterword, the reply
    to a reader's letter — part of the article it is printed with, never a new one; alone
    before a page's first head it speaks of the page, and :func:`.segment._standfirst`
    keeps it an item of its own rather than the first article's standfirst."""
    return bool(_label_opening().match(without_spaces(text)))


def dateline_prefix(text: str) -> str | None:
    """``本报讯（记者 冯一帆）`` at the start of a paragraph, if there is one."""
    match = DATELINE_RE.match(text)
    if not match or len(match.group(0)) == len(text.rstrip()):
        return None
    return match.group(0)


#: What a wire's feature prints after its dateline on the same line: its title again
#: (``新华社某地5月2日电 题：…``), before the reporters' byline and the text.
_WIRE_TITLE_RE = re.compile(r"^[\s?？\u3000]*题\s*[:：]")


def dateline_opens_text(text: str) -> bool:
    """A dateline with the article's text after it on its line (``本报讯（记者 某某）3月5日，
    …``); not one followed only by the wire's title said again (``…电 题：…``)."""
    prefix = dateline_prefix(text)
    return prefix is not None and not _WIRE_TITLE_RE.match(text[len(prefix) :])


def is_xun_caption(text: str) -> bool:
    """A paper's 讯 with a photo's caption after it on one line and no reporters
    (``某报讯 图为表彰大会现场``): a web copy prints the photo's caption first under the
    paper's name, then the item's real dateline; the line opens no item."""
    prefix = dateline_prefix(text)
    if prefix is None or any(mark in prefix for mark in "（("):
        return False  # 某报讯（记者 某某）图为…: a photo news item, its reporters named
    rest = without_spaces(text[len(prefix) :])
    one_phrase = not any(mark in rest.rstrip("。") for mark in "。！？")
    return is_caption_start(rest) and len(rest) <= XUN_CAPTION_MAX and one_phrase


#: Most characters of a caption printed after a paper's 讯 on its line.
XUN_CAPTION_MAX = 40


def is_dateline_alone(text: str) -> bool:
    """A dateline printed on a line of its own (``京工网讯``)."""
    match = DATELINE_RE.match(text)
    return bool(match) and len(match.group(0)) == len(text.rstrip())


#: An editorial's signature alone under its title (``本报评论员``, ``本刊特约评论员``):
#: the paper's voice, no name.
_COMMENTATOR_RE = re.compile(rf"^{OWN}?(?:特约)?评论员$")


def is_head_byline(text: str) -> bool:
    """A byline at an article's head: a mark or a role word before names, or an
    editorial's signature."""
    compact = without_spaces(text)
    if not compact or len(compact) > 80 or ends_sentence(compact) or credit_names(text):
        return False
    if is_part_label(compact):
        return False  # 记者手记: a part's label, no reporter named 手记
    if _COMMENTATOR_RE.match(compact) or is_keyed_credit(text):
        return True  # 本报评论员; （撰写人：某某，摄影：某某）
    if any(p in compact for p in "。；！？"):
        return False
    if compact[0] in BYLINE_MARKS:  # a mark, then a role or titles and a name
        rest = compact[1:]
        return bool(rest) and (
            bool(_BYLINE_START_RE.match(rest))
            or _names_only(text[1:])
            or _names_then_text_mark(text[1:])  # □某某 文/摄: the square's names, their mark
            or bool(_AUTHOR_TEAM_RE.search(rest))
            or _genre_then_name(rest)
        )
    if is_bare_names(text) or _names_then_text_mark(text) or names_each_marked(text):
        return True  # 某某 文/图, 某甲/文 某乙/摄: names, then the marks that credit them
    commas = "，" not in compact or commas_part_names(text)  # 本报记者 某某，某某
    starts = commas and len(compact) <= 60 and bool(_BYLINE_START_RE.match(compact))
    return starts and names_after_role(text)  # 某某总工会举办通讯员培训: a title


def _names_then_text_mark(text: str) -> bool:
    """``某某 文/图``, ``某某 某某 图文``, ``某某/文``: names under a headline, closed by a
    mark that credits the text (``bylines.yaml``'s reporter ``role_marks``), after the
    square of ``□某某 文/图`` or without it (an e-paper's text layer or a forum's repost
    drops it). A photo mark alone (``某某 摄``) is a caption's credit, not read here."""
    *names, mark = text.replace("／", "/").split() or [""]
    head, _slash, tail = mark.partition("/")
    if mark not in _text_marks() and tail in _text_marks():  # 某某/文: the mark glued on
        names, mark = [*names, head], tail
    names = names if len(names) != 2 else joined_letters(names)  # 林 海 文/摄: one name spaced
    if mark not in _text_marks() or not 1 <= len(names) <= BARE_NAMES_MAX:
        return False
    return all(is_name_shaped(n) for n in names)


@functools.cache
def _text_marks() -> frozenset[str]:
    """The marks after names that credit them with the text (文, 文/图, 图文, 报道): the
    byline reader's marks (:func:`.byline_tokens.role_marks`) that give a reporter."""
    from gonghui_build.extract.byline_tokens import role_marks  # it imports the layout

    return frozenset(m for m, roles in role_marks().items() if AuthorRole.reporter in roles)


#: Most names a byline of names alone prints.
BARE_NAMES_MAX = 4


#: A wide gap between the names of a byline: two blanks or more, or an ideographic one.
_WIDE_GAP_RE = re.compile(r"\s{2,}|\u3000+")


def is_bare_names(text: str) -> bool:
    """Two names or more apart, nothing else (``杨明清 张嫱``): the authors a portal
    prints under a headline, or the credit closing a text. A two-character name may be
    spaced to a three-character name's width, the names then set apart by a wide gap
    (``宋 彬　宁 晓``), as e-papers print bylines (``□林 海 报道``, session 34)."""
    names = printed_names(text)
    return 2 <= len(names) <= BARE_NAMES_MAX and all(is_name_shaped(n) for n in names)


def printed_names(text: str) -> list[str]:
    """The names of a line of names: parted by blanks, but a part between wide gaps
    that is two characters spaced apart (``宋 彬``) is one name; a word of the language
    spaced so (``温 暖　万 家``, a slogan or a column's name) stays two letters, no name."""
    out: list[str] = []
    for part in _WIDE_GAP_RE.split(text.strip()):
        tokens = part.split()
        joined = "".join(tokens)
        spaced = len(tokens) == 2 and all(len(t) == 1 for t in tokens)
        out += [joined] if spaced and tokenizer.frequency(joined) < COMMON_WORD_FREQ else tokens
    return out


#: A genre, a slash, perhaps a second mark before a byline's name (``■散文/○某某``).
_GENRE_RE = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}[/／][{BYLINE_MARKS}]?")


def _genre_then_name(rest: str) -> bool:
    """After a byline's mark, a genre, a slash and a name: the author of an essay."""
    genre = _GENRE_RE.match(rest)
    return bool(genre) and is_name_shaped(rest[genre.end() :])


def _names_only(text: str) -> bool:
    """``贺立群`` or ``某区委书记 贺立群``: a name, perhaps after titles, perhaps spaced out
    to a three-character name's width and followed by 报道, a mark of ``bylines.yaml``'s
    ``neutral_marks`` (``□陈 泳 报道``: e-papers space a two-character name so; three
    real pages, session 34)."""
    names = text.strip()
    mark = lexicon.words("bylines.yaml", "neutral_marks").ending(names)
    parts = joined_letters(names[: len(names) - len(mark or "")].split())
    return bool(parts) and len(without_spaces(text)) <= 60 and is_name_shaped(parts[-1])


def item_marker(text: str) -> str | None:
    """The bullet or number opening a digest item, if ``text`` opens with one (after a
    Markdown list mark, if any)."""
    listed = _LIST_MARK_RE.match(text)
    rest = text[listed.end() :] if listed else text
    if rest[:1] in BULLETS:
        return text[: len(text) - len(rest) + 1]
    match = _NUMBER_RE.match(rest)
    if match:
        return text[: len(text) - len(rest) + match.end()]
    return listed.group(0) if listed and len(rest) > 1 else None


def is_caption_start(text: str) -> bool:
    return bool(_CAPTION_START_RE.match(text))


def is_continuation_marker(text: str) -> bool:
    return bool(CONTINUATION_RE.match(without_spaces(text)))


def is_credit_line(text: str) -> bool:
    """A line that is nothing but an end credit (``（贾晓勇）``, ``通讯员 钱多多``), or an
    unbracketed line of the unit and the person who sent the copy in (``某县总工会
    某某供稿``)."""
    return is_end_credit_line(text) or is_supplied_line(text)
