"""Photographers of an article: photo credit lines (``冯一帆 摄``), a credit closing a
photo's caption (``…现场（某某 摄）``, ``图为…。  作者:某某``), and a byline naming each
taker with a role word and closed by one photo mark (``本报记者 某某 本报通讯员 某某 摄``).
Read by :mod:`.bylines`; the marks are in ``reference/bylines.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.byline_reading import Author
from gonghui_build.extract.byline_tokens import role_marks
from gonghui_build.extract.credits import glued_writer_mark, spaced
from gonghui_build.extract.keyed_credits import sent_in_from_place
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.role_words import PHOTO_MARK
from gonghui_build.layout.segment import credit_names
from gonghui_build.text.names import is_name_shaped, is_transliterated
from gonghui_build.vocabulary import AuthorRole

FILE = "bylines.yaml"


def parse_credit(text: str) -> list[Author]:
    """Photographers of a credit line (``冯一帆 摄``); reporters too where the credit says
    they wrote the report as well (``冯一帆 摄影报道``)."""
    closing = text.strip().rstrip("）)").rstrip()
    mark = lexicon.words(FILE, "role_marks").ending(closing)
    if mark and mark[0] == "文" and len(mark) > 1 and closing[-len(mark) - 1 : -len(mark)].strip():
        mark = mark[-1]  # 某文摄: the 文 glued on may be the name's, the mark then its 摄
    roles = role_marks().get(mark or "", ())
    if AuthorRole.photographer not in roles:
        roles = (AuthorRole.photographer,)
    out = []
    for name in credit_names(text) or []:
        if sent_in_from_place(text, name):
            continue  # / 某地 供图: the place that sent the photo
        # 严 雪 摄: a name the page spaces out, joined by the credit's reader
        found = re.search(r"\s*".join(map(re.escape, name)), text)
        pos, end = (found.start(), found.end()) if found else (-1, len(name) - 1)
        out += [Author(name, role, None, pos, end) for role in roles]
    return out


def photo_credit(p: Paragraph) -> list[Author]:
    """Photographers of a credit paragraph, read with the page's spaces and line breaks
    put back: a credit broken over two lines (``本报记者 某某`` / ``实习生 某某 摄``) is
    joined by the repair with nothing between a name and the next role word."""
    text, back = spaced(p)
    return [
        replace(a, start=back[a.start], end=back[a.end - 1] + 1) if a.start >= 0 else a
        for a in parse_credit(text)
    ]


#: A photo's credit in brackets closing its caption (``…报告会现场（某某 摄）``), and the
#: photo's mark that closes such a credit.
_PHOTO_MARK_END_RE = re.compile(rf"{PHOTO_MARK}$")
_CAPTION_BRACKET_RE = re.compile(r"[（(]([^（()）]{2,30})[）)]\s*$")


@functools.cache
def _caption_author_re() -> re.Pattern[str]:
    """A header's author key closing a caption after a blank (``图为讲座现场。  作者:某某``):
    the photo's author, as a site prints it under each photo."""
    keys = lexicon.words(FILE, "header_author_keys").pattern
    return re.compile(rf"(?<=[。\s])\s*(?:{keys})[:：]\s*(\S{{2,12}})\s*$")


def caption_credit(p: Paragraph) -> list[Author]:
    """The photographer a photo's caption names at its end: a photo credit in brackets
    (``…现场（买买提江·吾守尔 摄）``) or a site's author key (``图为…。  作者:某某``)."""
    if (bracket := _CAPTION_BRACKET_RE.search(p.text)) and _PHOTO_MARK_END_RE.search(
        bracket.group(1)
    ):
        at = bracket.start(1)
        return [
            replace(a, start=a.start + at, end=a.end + at) for a in parse_credit(bracket.group(1))
        ]
    keyed = _caption_author_re().search(p.text)
    if keyed and (is_name_shaped(keyed.group(1)) or is_transliterated(keyed.group(1))):
        return [Author(keyed.group(1), AuthorRole.photographer, None, keyed.start(1), keyed.end(1))]
    return []


def joint_photo_credit(body: str) -> bool:
    """``本报记者 某某 本报通讯员 某某 摄``: a photo's credit naming each taker with a
    role word, closed by one mark that says they took it (摄, a mark of the photographer
    alone): the mark closes every name before it, whatever role word came first. A
    byline with another mark (某某/文 某某/摄, 文/摄) reads each mark for its own names."""
    tokens = body.strip().rstrip("）)").split()
    if len(tokens) < 2 or role_marks().get(tokens[-1]) != (AuthorRole.photographer,):
        return False
    marked = any(t in role_marks() or glued_writer_mark(t) for t in tokens[:-1])
    return not marked and not any("/" in t or "／" in t for t in tokens[:-1])


def marked_apart(text: str) -> bool:
    """``（某某 文 某某 摄）``: a credit closed by a photo's mark that sets another mark
    apart between its names (文 after the writer's name): each mark closes its own names,
    as a byline's do, so the credit is no photo credit of every name in it (nor is
    ``某某 文``, a mark that is a surname too, one name ``某某文``)."""
    tokens = text.strip().strip("（()）").split()
    if tokens and glued_writer_mark(tokens[0]):  # 某某某文 某某 摄: the 文 glued on
        tokens = [tokens[0][:-1], "文", *tokens[1:]]
    if len(tokens) < 4 or AuthorRole.photographer not in role_marks().get(tokens[-1], ()):
        return False
    return any(t in role_marks() for t in tokens[1:-2])


def as_photographers(authors: list[Author]) -> list[Author]:
    """Each name once, as a photographer, at its first span."""
    out: list[Author] = []
    for a in authors:
        if all(b.name != a.name for b in out):
            out.append(replace(a, role=AuthorRole.photographer))
    return out


def worded_report(text: str) -> bool:
    """``特约摄影 某某 通讯员某某 某某摄影报道``: a photo story's credit whose names role words
    open, closed by a mark that says they took the photos and reported
    (``reported_photo_marks``): each name keeps its role word's role for the report, so
    the credit is read as a byline's, not as a photo credit giving every name the mark's
    roles (a correspondent made a reporter)."""
    closing = text.strip().rstrip("）)").rstrip()
    mark = lexicon.words(FILE, "reported_photo_marks").ending(closing)
    return mark is not None and lexicon.words(FILE, "role_words").in_text(closing) is not None


def read_as_byline(text: str) -> bool:
    """A photo credit whose names keep marks or role words of their own (``marked_apart``,
    ``worded_report``): read as a byline's, each name with its own role."""
    return marked_apart(text) or worded_report(text)
