"""Digest titles: the short line over a run of news items (``工会动态``, ``一句话新闻``)
and a column's name before the headlines it holds (``一周速览 | 标题；标题``). They are
page furniture in kind (their words are ``page_furniture.yaml``'s ``digest_titles``) but
are asked by the readers of digests, not by :func:`furniture.furniture_kind`."""

from __future__ import annotations

import re

from gonghui_build.layout.chronicle_titles import names_a_chronicle
from gonghui_build.layout.cues import NUMBERED_RE
from gonghui_build.layout.furniture import ISSUE_NUMBER, words
from gonghui_build.text.chars import without_spaces

#: The week or the issue a digest's title gives in brackets after its name
#: (``一周工会动态（3月11日—3月17日）``, ``工会快讯（第12期）``, ``要闻速递（2024.3.4-3.10）``):
#: when the items are from, no words of the title's.
_PERIOD_RE = re.compile(r"[（(](?=[^（）()]*\d)[\d年月日号期第总.．/\-—–~～至\s]{2,24}[)）]$")
#: The issue a bulletin's title numbers after its name with no brackets (``柳州工会简讯
#: 第22期``, ``工会快讯总第105期``, a briefs sheet's head row, real_dev24): no words of the
#: title's, as in brackets.
_ISSUE_RE = re.compile(rf"总?{ISSUE_NUMBER}$")


#: A union's own bulletin title: the union's name, then at most two words of when or of
#: what (``一周``, ``工作``), then the digest's word at the end (``市总工会一周工作动态``,
#: ``某公司工会简讯``). A headline that goes on past the union's name says what it did
#: (``市总工会召开新闻发布会``), so the rest must be those words alone.
_BULLETIN_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,14}?(?:工会|工委|联合会)(?P<rest>[\u4e00-\u9fff]{2,10})$"
)
#: What a bulletin's title may print between the union's name and the digest's word.
_WHEN_OR_WORK_RE = re.compile(r"^(?:一周|本周|每周|近期|本月|每月|工作){0,2}$")


def is_digest_title(text: str) -> bool:
    """A digest's title (``工会动态``, ``一句话新闻``): short, or naming a digest, or a
    union's bulletin title (``市总工会一周工作动态``); the week or the issue it gives in
    brackets after it apart. A chronicle's title (``某区总工会2019年大事记``) is one too:
    its dated entries are the items (a yearbook prints them one a line, no blank between)."""
    compact = _ISSUE_RE.sub("", _PERIOD_RE.sub("", without_spaces(text)))
    if NUMBERED_RE.match(compact) or compact.endswith(("：", ":")):
        return False  # 二、参赛要求: a section of a text, whose list follows
    if names_a_chronicle(compact):
        return True
    if 0 < len(compact) <= 8 and (len(compact) <= 6 or bool(words().digest_titles.search(compact))):
        return True
    return _unions_bulletin(compact)


def _unions_bulletin(compact: str) -> bool:
    """A union's name and then only a digest's name (``李沧区总工会工作动态``): the
    union's bulletin of items, whose title names no item of it."""
    match = _BULLETIN_RE.match(compact)
    if not match:
        return False
    rest = match.group("rest")
    found = words().digest_titles.search(rest)
    if found is None or found.end() != len(rest):
        return False
    return bool(_WHEN_OR_WORK_RE.match(rest[: found.start()]))


def names_a_digest(text: str) -> bool:
    """A digest's title that names one (``工作动态``, ``一周速览``), not only a short line:
    a kicker (``延庆``) is as short."""
    return is_digest_title(text) and bool(words().digest_titles.search(without_spaces(text)))


#: Separators between a column's name and what it holds: ``一周速览 | 标题；标题``.
_COLUMN_BAR_RE = re.compile(r"\s*[|｜]\s*")
#: Longest round-up title line (the column's name and the week's top headlines).
COLUMN_TITLE_MAX = 80


def is_column_title(text: str) -> bool:
    """One line naming a digest column before a bar, the headlines it holds after it
    (``一周速览 | 某某大赛收官；某某话剧展演``): the page's title, no text, though the
    headlines are parted by semicolons."""
    if "\n" in text.strip() or len(without_spaces(text)) > COLUMN_TITLE_MAX:
        return False
    parts = _COLUMN_BAR_RE.split(text.strip(), maxsplit=1)
    return len(parts) == 2 and names_a_digest(parts[0]) and bool(parts[1])
