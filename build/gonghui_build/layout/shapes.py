"""The shape of a block, from its own text (then from the blocks around it:
:mod:`neighbour_shapes`, :mod:`context`).

Shapes are what the text shows, before any article is found: a byline, a dateline, a
credit, furniture, a caption, a digest item, a yearbook entry head, a short display line
(headline, kicker, section heading, banner…), running text. Roles come later
(:mod:`segment`), from shapes and their order.
"""

from __future__ import annotations

import functools
import re
from enum import Enum

from gonghui_build import reference as lexicon
from gonghui_build.layout import cues
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import credit_names, is_keyed_credit
from gonghui_build.layout.digest_titles import is_column_title
from gonghui_build.layout.display import (
    DISPLAY_MAX,
    MARKED_DISPLAY_MAX,
    dash_decked,
    is_display_text,
)
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.interleave import suspect_columns
from gonghui_build.layout.photo_sources import sent_alone
from gonghui_build.layout.role_words import ROLE_WORD
from gonghui_build.text import places
from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.names import is_name_shaped, parse_titled_name
from gonghui_build.text.titled_rows import titled_name_row


class Shape(Enum):
    BYLINE = "byline"
    DATELINE = "dateline"
    DASH = "dash"  # a display line opening with a dash: a subtitle
    CREDIT = "credit"  # a photo credit (… 摄)
    END_CREDIT = "end_credit"  # the credit closing an item: （王立群）, ■赵一鸣
    FURNITURE = "furniture"
    PERSON_CAPTION = "person_caption"
    CAPTION = "caption"  # a photo caption: 图为…, or a line over a photo credit
    ENTRY = "entry"  # a yearbook entry head: 【…】
    ITEM = "item"  # a digest item: a bullet or a number before a sentence
    DISPLAY = "display"  # short, no sentence end: headline, heading, caption, banner
    BODY = "body"


#: A dash opening a line (a subtitle's ``——``, a signature's ``——某某``).
DASH_RE = re.compile(r"^[—─－\-]{1,2}")
#: Longest line over a photo credit read as its caption.
CAPTION_MAX = 60
#: Longest sentence over a photo credit read as its caption rather than as text.
SHORT_CAPTION_MAX = 30
#: Shortest digest item (characters): shorter numbered lines are headings (一、概况).
ITEM_MIN = 12


def _is_item(text: str) -> bool:
    """A digest item; a list entry ending with a semicolon (``1.…；``) is part of a text,
    and a marked line that opens as a caption (``▲图为参赛班组在交流经验。``) is the photo's
    under the item above it: no item opens with 图为."""
    marker = cues.item_marker(text.strip())
    if not marker:
        return False
    rest = without_spaces(text.strip()[len(marker) :])
    if rest.endswith(("；", ";")) or cues.is_caption_start(rest):
        return False
    return len(rest) >= ITEM_MIN and (ends_sentence(rest) or "，" in rest or "。" in rest)


def _entry_alone(plain: str) -> bool:
    head = cues.ENTRY_HEAD_RE.match(plain.strip())
    return bool(head) and head.end() == len(plain.strip()) and not cues.is_label(head.group(1))


@functools.cache
def _author_roles_re() -> re.Pattern[str]:
    """``作者：记者 某某 通讯员 某某``: a header's author key (``bylines.yaml``
    header_author_keys) over role words and names only, the writers' byline an e-paper's
    article view prints so, no field of the site's (real_dev27)."""
    keys = lexicon.words("bylines.yaml", "header_author_keys").pattern
    return re.compile(
        rf"^(?:{keys})[:：]\s*{ROLE_WORD}\s*[\u4e00-\u9fff]{{2,4}}"
        rf"(?:\s+(?:{ROLE_WORD}\s*)?[\u4e00-\u9fff]{{2,4}}){{0,4}}$"
    )


def _site_furniture(block: Block, one_line: str, compact: str) -> bool:
    """The site's or the copy's own line, no text of the page: a mark cut off a title
    line, a row of the site's chrome or counters, a reprint's source note, a forum's
    prompt, a button to follow the site."""
    chrome = furniture_kind(one_line) and not is_keyed_credit(one_line)  # 文字｜某 图片｜某
    chrome = chrome and not _author_roles_re().match(one_line.strip())
    # …报告。 薛  成: a name the cut took off the end of a text's line, spaced to the width
    # of three, is the text's credit, no book's running head spaced out (工　会)
    chrome = chrome and not (block.cut == "credit" and is_name_shaped(compact))
    if block.cut == "mark" or chrome or is_counter_row(one_line):
        return True  # a site's mark cut off its title line (`title_marks`)
    if _SOURCE_NOTE_RE.match(compact):
        return True
    return is_forum_prompt(compact) or bool(_FOLLOW_RE.match(compact))


def _photo_caption(block: Block, one_line: str, compact: str) -> bool:
    """A photo's caption by its own text: its opening (``图为…``), a bold short sentence,
    or a photo credit closing it in brackets or after a blank."""
    if cues.is_caption_start(compact) and len(compact) <= CAPTION_MAX * 2:
        return True
    if block.bold and one_short_sentence(compact):
        return True  # **某某（右）正在指导徒弟调试设备。**: a copy's photo caption
    if len(compact) <= CAPTION_MAX and _bracketed_photo_credit(one_line.strip()):
        return True  # 3月6日，报告会现场（某某 摄）: a photo's caption and credit
    # 职工在驿站内休息 某某 摄: a photo's caption, its credit after it
    return len(compact) <= CAPTION_MAX and _spaced_photo_credit(one_line.strip())


def classify(block: Block) -> Shape:
    """The shape of a block, from its own text only."""
    plain = block.plain
    one_line = plain.replace("\n", " ")
    compact = without_spaces(plain)
    if _site_furniture(block, one_line, compact):
        return Shape.FURNITURE
    if block.cut == "credit":
        photo = credit_names(one_line) or cues.is_slash_credit(one_line) or sent_alone(one_line)
        return Shape.CREDIT if photo else Shape.END_CREDIT
    if _entry_alone(one_line):
        return Shape.ENTRY
    if cues.opens_with_label(one_line):
        return Shape.BODY  # 编者按：…, 记者手记：, 编辑回复：… — part of an article's text
    if cues.is_part_label(one_line):
        return Shape.DISPLAY  # 记者手记, ■编后: a part's label, no byline nor credit
    if cues.is_head_byline(one_line):
        return Shape.BYLINE
    if cues.dateline_prefix(one_line) or cues.is_dateline_alone(one_line):
        if cues.is_xun_caption(one_line):
            return (
                Shape.CAPTION
            )  # 某报讯 图为表彰大会现场: the photo's caption under the paper's 讯
        return Shape.DATELINE
    if credit_names(one_line) or sent_alone(one_line):
        return Shape.CREDIT  # 某某 摄, 新华社发: a photo's credit, naming its photographer or not
    if cues.is_credit_line(one_line):
        return Shape.END_CREDIT
    if _is_item(plain):
        return Shape.ITEM
    if _photo_caption(block, one_line, compact):
        return Shape.CAPTION
    if DASH_RE.match(compact) and len(compact) <= DISPLAY_MAX + 2 and not ends_sentence(compact):
        return Shape.DASH
    caption_sized = len(block.lines) <= 2 and len(compact) <= 50
    name_last = len(block.lines) == 1 or is_name_shaped(without_spaces(block.plain_lines[-1]))
    decked = dash_decked(compact)  # 某某——记某某: a headline run into its deck
    named = speaker_head(plain)  # 某区总工会主席 某某：, a round-up's speaker over their words
    if (
        caption_sized
        and name_last
        and not decked
        and (parse_titled_name(named) or titled_name_row(named))
    ):
        return Shape.PERSON_CAPTION
    if is_speaker_line(compact):
        return Shape.BODY  # 记者：下一步有什么打算？ — a turn of an interview
    if is_column_title(plain):
        return Shape.DISPLAY  # 一周速览 | …；…: a round-up's title, not a sentence
    if block.phrases:
        return Shape.BODY  # 一大早 / 区总工会的工作人员 / 就来到…: a post's sentence in short lines
    parted = bool(suspect_columns(list(block.lines)))  # text read across two columns
    limit = MARKED_DISPLAY_MAX if block.heading_level or decked else DISPLAY_MAX
    if not parted and is_display_text(plain, limit):
        if compact[:1] in PHOTO_POINTERS:
            return Shape.CAPTION  # ▲活动现场: the caption under a photo
        return Shape.DISPLAY
    return Shape.BODY


@functools.cache
def _counter_re() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon.load("head_words.yaml")["counter_words"], key=len)[::-1])
    named = rf"(?:{words})\s*[:：]?\s*\d+\s*[次人]?"
    counted = rf"\d+\s*[次人]?\s*(?:{words})"
    field = rf"(?:{named}|{counted})"
    return re.compile(rf"^\s*[{cues.BULLET_MARKS}]?\s*{field}(?:\s*[|｜]?\s*{field})*\s*$")


def is_counter_row(text: str) -> bool:
    """A web page's counters alone on a line (``访问：88``, ``浏览次数：356``, ``阅读 1024
    在看 12``), the count perhaps first (``3529次阅读``, ``318阅读``) and the line perhaps
    one of a bulleted list of the title's fields (``• 2175次阅读`` under ``• 作者：某某``:
    an enterprise group's site and a forum's archive copy): the site's, no title nor
    text — a count under a title is never its subtitle nor its headline, a count over it
    never its kicker."""
    return bool(_counter_re().match(text))


_PROMPT_DROPPED_RE = re.compile(r"[\s!！?？,，:：|｜/]")


@functools.cache
def _forum_prompts() -> frozenset[str]:
    words = lexicon.load("head_words.yaml")["forum_prompts"]
    return frozenset(_PROMPT_DROPPED_RE.sub("", w) for w in words)


def is_forum_prompt(text: str) -> bool:
    """A forum's prompt to sign in (``马上注册！``, ``您需要 登录 才可以下载或查看，没有
    账号？注册``) printed over or under a thread's post: the site's, never a kicker or a
    headline."""
    return _PROMPT_DROPPED_RE.sub("", text) in _forum_prompts()


def one_short_sentence(compact: str) -> bool:
    """One short sentence with no clause break: what a Markdown copy sets in bold under a
    photo (its headings and banners end no sentence)."""
    text = compact.replace("*", "")
    return (
        len(text) <= SHORT_CAPTION_MAX
        and text.endswith("。")
        and not any(p in text[:-1] for p in "，。；！？,;")
    )


#: A photo's source in brackets closing its caption, a body or a role and no name
#: (``…竞赛现场（市总工会供图）``, ``（受访者供图）``): yearbooks and union sites credit
#: their photos so.
_BRACKETED_SOURCE_RE = re.compile(r"[（(][\u4e00-\u9fff]{2,16}供图[）)]$")


def _bracketed_photo_credit(text: str) -> bool:
    """Text that closes with a photo credit in brackets (``…现场（买买提江·吾守尔 摄）``,
    ``…现场（市总工会供图）``)."""
    if not text.endswith(("）", ")")):
        return False
    if _BRACKETED_SOURCE_RE.search(text) and not text.lstrip().startswith(("（", "(")):
        return True
    opening = max(text.rfind("（"), text.rfind("("))
    return opening > 0 and credit_names(text[opening:]) is not None


#: Most words (parted by spaces) of a photo credit set after its caption.
SPACED_CREDIT_WORDS = 4


def _spaced_photo_credit(text: str) -> bool:
    """A line of no sentence that closes with a photo credit set apart by a space
    (``骑手在驿站内休息 某某 摄``, ``…现场 本报记者 某某 摄``): a photo's caption; no
    headline ends with one. A sentence before the credit may be a photo news item's text
    (its credit its byline): its shape stays as it was."""
    words = text.split()
    return any(
        credit_names(" ".join(words[-k:])) is not None
        and not any(p in "".join(words[:-k]) for p in "。！？；!?;")
        for k in range(2, min(SPACED_CREDIT_WORDS, len(words) - 1) + 1)
    )


#: A reprint's note of where it was taken from, on a line of its own (``据《某某日报》``,
#: ``摘自《某某工人报》``): the copy's furniture, never the head of an article after it.
#: Layout reads the page as printed: traditional forms too, and a pinyin gloss a copy
#: prints after a character (``據(jù)``, repaired later as ``pinyin_gloss_removed``).
_SOURCE_NOTE_RE = re.compile(
    r"^(?:[据據](?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\))?|摘自|[转轉]自|[选選]自|[来來]自)"
    r"《[^《》]{2,24}》(?:报道|報道|消息)?[。.]?$"
)
#: A site's button to follow it (``关注某某网``, ``关注我们``, ``订阅某某号``), perhaps with
#: what following brings (``关注我们获得更多精彩内容``, a city union's site): its chrome
#: under a title, never the title's subtitle.
_FOLLOW_RE = re.compile(
    r"^(?:关注|订阅)(?:我们|[\u4e00-\u9fff]{1,8}(?:网|号|公众号|微博|微信|客户端))"
    r"(?:[，,]?(?:获得|获取|了解|查看|阅读)更多[\u4e00-\u9fff]{0,6})?$"
)
#: Marks that point at the photo a caption is under (defined with the bullets).
PHOTO_POINTERS = cues.PHOTO_POINTERS
#: A turn's speaker and its colon opening a line (``记者：``, ``问：``, ``某某：``).
SPEAKER_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{1,6})[：:](?=\S)")


def is_speaker_line(compact: str) -> bool:
    """A turn of an interview or a Q&A: a speaker (记者, 问, 答, 主持人, a name) and a
    colon before what they say."""
    match = SPEAKER_RE.match(compact)
    if not match:
        return False
    speaker = match.group(1)
    return speaker in cues.speakers() or names_a_person(speaker)


def speaker_head(plain: str) -> str:
    """``plain`` without the colon closing a one-line speaker's head (``某区总工会主席
    某某：``): a round-up prints a speaker's post and name over what they said, the colon
    pointing at it; what is left is read as a titled name. Any other text is returned
    as it is."""
    stripped = plain.strip()
    if "\n" in stripped or not stripped.endswith(("：", ":")):
        return plain
    return stripped[:-1].rstrip()


def names_a_person(speaker: str) -> bool:
    """A turn's speaker that is a person's name, no speaker word nor place."""
    return is_name_shaped(speaker) and not is_place_name(speaker)


def is_place_name(word: str) -> bool:
    """A place's name, full or short (南京, 徐州市), or a name ending as a place's does
    (某某镇, 某某区): a roundup's or a digest's sub-heading opens with the place it
    reports (``某市：律师驻点 一周办结``), no speaker's name, though shaped as one."""
    if word[-1] in places.DIVISION_END_CHARS:
        return True
    return places.names_division(word)


#: The shapes of running text: an article's paragraphs, an item's, a dateline's.
TEXT_SHAPES = (Shape.BODY, Shape.ITEM, Shape.DATELINE)
#: The shapes of a photo's credit lines under its caption (``本报记者 某某 摄``, ``/ 某区
#: 总工会 供图``): a credit, or the one a page of photo news makes close its item
#: (:mod:`photo_news`). Every rule that reads a photo by the credit under it reads these:
#: a run of untitled photos, a photo of another place, a subject's photo, a photo item.
PHOTO_CREDITS = (Shape.CREDIT, Shape.END_CREDIT)
#: The shapes of display lines: short lines of no sentence, a dash's subtitle among them.
DISPLAY_SHAPES = (Shape.DISPLAY, Shape.DASH)
