"""Lines of a site's chrome printed over an article's head: a breadcrumb (``当前位置：
首页 > 某某动态``) and a channel it names again, a dated row of buttons, an e-paper's
pager row, the account's name its header row repeats, a line of the site's roster of
leaders. The site's, never the article's kicker (`headroles` reads the head itself)."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.column_names import names_a_comment_column, names_a_writing_column
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.furniture import CRUMB_MARKS, furniture_kind
from gonghui_build.layout.index import title_key
from gonghui_build.layout.line_sentences import posted_row
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.square_credits import square_label
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.names import parse_titled_name


@functools.cache
def head_words(name: str) -> frozenset[str]:
    """The words of ``reference/head_words.yaml`` under ``name``."""
    return frozenset(lexicon.load("head_words.yaml")[name])


#: What parts the steps of a breadcrumb (``当前位置：首页 > 基层工会``).
_CRUMB_SEPARATOR_RE = re.compile(rf"\s*[{CRUMB_MARKS}]\s*")


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb: the site's path down to the page, its steps parted by ``>``, the
    site's chrome (``当前位置：首页 > 某某动态``)."""
    return len(_CRUMB_SEPARATOR_RE.split(text)) > 1 and furniture_kind(text) is not None


#: A day's date opening a line (``2009年4月22日 收藏 打印 …``).
_DAY_OPENING_RE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def site_row(text: str) -> bool:
    """A row of the site's chrome over a title that no furniture cue names: a path of
    steps parted by ``>`` (``首页 > 详情：…``, or a site's name and ``正文``), an e-paper's
    pager (``上一版 第7版：某某 版面概览 下一版``), or a day's date with the page's buttons
    after it (``2009年4月22日 收藏 打印 推荐``); a kicker opens with none of them."""
    compact = without_spaces(text)
    steps = _CRUMB_SEPARATOR_RE.split(compact)
    path = len(steps) > 1 and all(steps) and len(steps[0]) <= CRUMB_HOME_MAX
    path = path and not steps[0].isdigit()
    dated = bool(_DAY_OPENING_RE.match(compact)) and not _DAY_OPENING_RE.fullmatch(compact)
    pager = compact.startswith("上一版") or compact.endswith("下一版")
    return path or dated or pager or _site_then_text_step(compact)


#: Longest site name before the step ``正文`` of a path printed without its ``>``.
SITE_NAME_MAX = 10


def _site_then_text_step(compact: str) -> bool:
    """A site's name and the last step of its path, ``正文`` (``某某网 正文``): where the
    page is, printed over the title — no kicker ends so."""
    return compact.endswith("正文") and 0 < len(compact) - 2 <= SITE_NAME_MAX


#: Longest first step of a site's path (its home: ``首页``, ``网站首页``, ``当前位置：首页``).
CRUMB_HOME_MAX = 8


def crumb_step(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """A line that repeats a step of a breadcrumb the page prints above it
    (``当前位置：首页 > 基层工会`` / ``基层工会`` / the title): the channel's name, set over
    its list or its text by the site, never the article's kicker."""
    key = title_key(blocks[i].plain)
    return bool(key) and any(
        shapes[j] is Shape.FURNITURE
        and is_breadcrumb(blocks[j].plain)
        and key in {title_key(step) for step in _CRUMB_SEPARATOR_RE.split(blocks[j].plain)[1:]}
        for j in range(i)
    )


def account_name(blocks: list[Block], shapes: list[Shape], i: int, end: int) -> bool:
    """A line over a title that the header rows under the head name again as a word of
    their own (``某某工会`` / the title / ``某某工会 2026-03-12 08:30``): the account or
    site the copy comes from, printed over its title, never the article's kicker. So is
    the page's first line over a post's title when the post's header row (the day, the
    time and the place it was posted from) stands right under the title: a post prints
    no kicker, its account's name tops the copy (:func:`_account_over_post`)."""
    if _account_over_post(blocks, shapes, i, end):
        return True
    name = without_spaces(blocks[i].plain)
    nxt = end + 1
    while nxt < len(blocks) and shapes[nxt] is Shape.FURNITURE:
        if name in blocks[nxt].plain.split():
            return True
        nxt += 1
    return False


def _account_over_post(blocks: list[Block], shapes: list[Shape], i: int, end: int) -> bool:
    """Line ``i``, first on the page, one line over the title ``end``, and the row right
    under the title a post's header row that names no account, opening on the day
    (``2025年01月10日 17:45 江苏``, real_dev26). A row naming an account (``某某工会
    2026-03-12 08:30``) says whose the post is: the line over the title is the account's
    only when the row names it again (:func:`account_name`), else it stays a kicker."""
    first = all(shapes[j] is Shape.FURNITURE for j in range(i))
    row = end + 1
    return (
        first
        and i == end - 1
        and row < len(blocks)
        and shapes[row] is Shape.FURNITURE
        and blocks[row].plain.lstrip()[:1].isdigit()
        and posted_row(blocks[row].plain)
    )


def name_then_title(text: str) -> bool:
    """A person's name, then their titles (``某某某 全国总工会副主席、书记处书记``): a line
    of a site's roster of leaders set over the title, never the article's kicker."""
    name, _, title = text.strip().partition(" ")
    return bool(title.strip()) and parse_titled_name(title.strip() + name) is not None


def site_channel(text: str) -> bool:
    """A site's channel label printed over its articles' titles (``中工工会``, ``中工娱乐``:
    the site's short name and the channel), one of ``head_words.yaml``'s
    ``site_channels``: the site's, never the article's kicker."""
    return without_spaces(text) in head_words("site_channels")


def channel_line(blocks: list[Block], shapes: list[Shape], i: int, anchor: int) -> bool:
    """A line over the headline that names where the article is printed (a digest, a
    site's crumbs or channel, an account, a column, a square's label) is the banner,
    however short."""
    plain = blocks[i].plain
    return (
        names_a_digest(plain)
        or crumb_step(blocks, shapes, i)
        or site_row(plain)
        or account_name(blocks, shapes, i, anchor)
        or name_then_title(plain)
        or site_channel(plain)
        or names_a_writing_column(plain)  # 一线手记 over an essay's head
        or names_a_comment_column(plain)  # 短评 over a comment's head
        or square_label(plain)  # ■某某在行动: a column's label over its item
    )
