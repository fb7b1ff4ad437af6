"""Display lines left at the end of a page, after the last text: the title of a
headless article printed after its text (mobile copies print the title last), the list
a notice's attachment announced, or furniture (a row of the page's buttons)."""

from __future__ import annotations

import re

from gonghui_build.layout.credit_roles import CREDIT_ROLE_RE
from gonghui_build.layout.heads_web import attachment_start
from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, in_brackets, without_spaces
from gonghui_build.text.names import is_name_shaped

#: Longest line at the top of a mobile copy read as the account's name, not its title.
NAME_LINE_MAX = 10
#: Shortest title printed after its text (a caption left at the end is shorter).
TRAILING_TITLE_MIN = 6
#: A credit keyed by a short role word and a bar or a colon, then one name (``图文 | 某某``,
#: ``摄影：某某``), as a post's credits print it under the text.
_KEYED_CREDIT_RE = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*[:：|｜丨]\s*(\S{2,4})$")
#: The same key before a role word and names (``文 | 记者 某某 通讯员 某某``) or before a
#: photo's source (``图片 | 通讯员供图``, ``图：受访者供图``), as a city paper's app prints
#: its credits in a run of keyed rows under the text; no sentence's punctuation.
_ROLE = rf"(?:{CREDIT_ROLE_RE.pattern.lstrip('^')})"
_ROLE_NAME = r"(?!供图|供稿)[\u4e00-\u9fff·]{2,4}"  # 通讯员供图: a source, no name
_KEYED_ROLES_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,4}\s*[:：|｜丨]\s*(?:"
    rf"(?P<roles>{_ROLE}\s*{_ROLE_NAME}(?:(?:\s+|、)(?:{_ROLE}\s*)?{_ROLE_NAME}){{0,5}})"
    r"|[^，。；！？,;!?\s]{0,8}(?:供图|供稿))$"
)


def keyed_credit(text: str) -> bool:
    """A post's credit line after its text (``图文 | 某某``, ``文 | 记者 某某``, ``图片 |
    通讯员供图``): a role word keyed to a name, to role words and names, or to a photo's
    source; never the title of a headless article printed after its text, nor its text."""
    match = _KEYED_CREDIT_RE.match(text.strip())
    return bool(match and is_name_shaped(match.group(2))) or bool(
        _KEYED_ROLES_RE.match(text.strip())
    )


def _keyed_byline(text: str) -> bool:
    """A keyed credit naming the writers by their roles (``文 | 记者 某某 通讯员 某某``):
    the article's byline, where a photo's source or an editor's row is the page's."""
    match = _KEYED_ROLES_RE.match(text.strip())
    return bool(match and match.group("roles"))


def _name_line_head(r: Reader, cur: Draft, trailing_size: int) -> bool:
    """The only article's head is one short line (an account's or a site's name) and a
    longer title follows the text: a mobile copy prints its title after the text."""
    head = cur.headline
    return (
        len(r.articles) == 1
        and head is not None
        and bool(cur.body)
        and [i for i in cur.roles if i < min(cur.body)] == [head]
        and len(title_key(r.blocks[head].plain)) <= NAME_LINE_MAX < trailing_size
    )


#: Fewest lines longer than an account's name after the first display line left at the
#: end of the page that make the lines a run of captions or of links, not a title.
CAPTION_RUN_MIN = 2


def _caption_run(r: Reader, pending: list[int]) -> bool:
    """Two lines or more longer than an account's name follow the first line left at the
    end (``某某为先进个人颁奖`` three times, a list of links to other days' events): the
    lines are a run of captions or links, none of them a title printed after the text,
    which only an account's name and the time follow."""
    longer = [i for i in pending[1:] if len(title_key(r.blocks[i].plain)) > NAME_LINE_MAX]
    return len(longer) >= CAPTION_RUN_MIN


def trailing(r: Reader) -> None:
    """Display lines left at the end of the page: the title of a headless article printed
    after its text (the first of them: an account's name and the time follow it), or
    furniture. A row of the page's buttons, each in its brackets (``【打印】【关闭】``),
    is no title; nor is a line that ends a sentence (a post's closing cheer, ``某某，某某！``):
    none of the tuning sets' 405 headlines ends so."""
    pending = r.take_pending()
    cur = r.current
    if not pending:
        return
    attached = attachment_start(r.blocks, pending)
    if cur is not None and attached is not None:
        title, *rows = pending[attached:]  # the list a notice announced: 附件：某某名单
        cur.roles[title] = "section_heading"
        for i in rows:
            r.reshape(i, Shape.BODY)  # the list's lines: text, each a paragraph
        cur.body += rows
        pending = pending[:attached]
    if not pending:
        return
    credits = [i for i in pending if keyed_credit(r.blocks[i].plain)]
    for i in credits:
        if cur is not None and cur.has_body and _keyed_byline(r.blocks[i].plain):
            cur.roles[i] = "byline"
        else:
            r.page_roles[i] = "furniture"
    pending = [i for i in pending if i not in credits]
    if not pending:
        return
    size = len(title_key(r.blocks[pending[0]].plain))
    buttons = "】【" in without_spaces(r.blocks[pending[0]].plain)
    titled = (
        size >= TRAILING_TITLE_MIN
        and not buttons
        and not in_brackets(r.blocks[pending[0]].plain)  # a credit, a signature
        # a cheer closing a post (``劳动托举梦想，奋斗书写华章！``): no title ends a sentence
        and not ends_sentence(r.blocks[pending[0]].plain)
        and not _caption_run(r, pending)
    )
    if cur is not None and cur.has_body and titled:
        if cur.headline is None:
            cur.roles[pending[0]] = "headline"
            pending = pending[1:]
        elif _name_line_head(r, cur, size):
            r.page_roles[cur.headline] = "furniture"  # the account's name over the text
            del cur.roles[cur.headline]
            cur.roles[pending[0]] = "headline"
            pending = pending[1:]
    for i in pending:
        if cur is not None and not cur.closed and not buttons:
            cur.body.append(i)
        else:
            r.page_roles[i] = "furniture"
