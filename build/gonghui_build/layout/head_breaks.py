"""Display lines in a page's flow of lines: where a head or a credit breaks the lines
the grouping (:mod:`blocks`) would run on, or joins lines it would part.

A kicker led by its dash into the headline under it, the last characters of a kicker
the column broke before its dash, a photo credit broken over two lines, a short
unindented headline between the indented paragraphs of an e-paper's items, a short head
ending in a noun's ``地`` over an item's first clause: each is
read from two or three lines, the line before, the line and (for a head) the line
after, and :func:`blocks._continues` asks them in its order.
"""

from __future__ import annotations

import re

from gonghui_build.layout import cues
from gonghui_build.layout.cuts import strip_markup
from gonghui_build.layout.lines import Line
from gonghui_build.layout.role_words import ROLE_WORD
from gonghui_build.text.chars import ends_sentence, is_cjk, without_spaces
from gonghui_build.text.names import is_name_shaped

#: Longest line (characters) of a kicker led by a dash and of the headline under it.
KICKER_DASH_MAX = 40
#: Longest last piece of a kicker broken before its dash (characters, dash included).
KICKER_TAIL_MAX = 10
#: Longest first line (characters) of a photo credit broken over two lines.
BROKEN_CREDIT_MAX = 16
#: Longest unindented line (characters) read as a headline between indented paragraphs.
HEAD_BETWEEN_MAX = 30


def head_between_paragraphs(text: str, line: Line, following: Line | None) -> bool:
    """On a page that indents its paragraphs (an e-paper's article text, a PDF text
    layer), a short unindented line that ends no sentence and holds no clause, after a
    paragraph that ended its sentence and before an indented line or a dateline: the
    next item's headline, not the last words of the paragraph above it."""
    head = strip_markup(line.text)
    nxt = strip_markup(following.text) if following is not None else ""
    return (
        ends_sentence(text)
        and 0 < len(without_spaces(head)) <= HEAD_BETWEEN_MAX
        and not ends_sentence(head)
        and not any(p in head for p in "，。；：:,;")
        and following is not None
        and not following.blank_before
        and (following.indent >= 2 or bool(cues.DATELINE_RE.match(nxt.lstrip())))
    )


#: A byline's or a credit's last word, after a blank, when it is a role word (``本报记者 某某
#: 通讯员``): the names it keys are on the next line.
_ROLE_LAST_RE = re.compile(rf"\s{ROLE_WORD}$")
#: Most names on the line under a byline broken after its role word.
BROKEN_ROLE_NAMES_MAX = 3


def broken_after_role_word(prev: str, line: str) -> bool:
    """A byline or a credit that a column broke after a role word, the names it keys on
    the next line alone (``本报记者 某某 通讯员`` / ``某某 某某``): one byline, so that the
    names after the break are the role word's, not a byline of their own in the role of
    the line above, nor a heading."""
    head, tail = strip_markup(prev).strip(), strip_markup(line).strip()
    names = tail.split()
    # cheap tests first: asked of every pair of lines
    return (
        bool(_ROLE_LAST_RE.search(head))
        and 1 <= len(names) <= BROKEN_ROLE_NAMES_MAX
        and all(is_name_shaped(n) for n in names)
        and (cues.is_head_byline(f"{head} {tail}") or cues.is_credit_line(f"{head} {tail}"))
    )


def broken_photo_credit(prev: str, line: str) -> bool:
    """A reporter's role and name alone on a line (``本报记者 某某``) over a photo credit
    that opens with a role word of its own (``实习生 某某 摄``, ``通讯员 某某 摄``): a
    photo's credit that the column broke over two lines (a provincial workers' paper's
    e-paper); both are the photo's photographers, not a byline and a credit."""
    head, tail = strip_markup(prev).strip(), strip_markup(line).strip()
    # cheap tests first: asked of every pair of lines; is_head_byline is no credit
    return (
        bool(cues.CREDIT_ROLE_RE.match(head))
        and len(without_spaces(head)) <= BROKEN_CREDIT_MAX
        and bool(cues.CREDIT_ROLE_RE.match(tail))
        and bool(cues.credit_names(tail))
        and cues.is_head_byline(head)
    )


def broken_bracketed_credit(prev: str, line: str) -> bool:
    """A credit in brackets that a copy broke over two lines, a blank line between them
    or not (``（通讯员 某某`` / ``某某）``): no paragraph ends inside an open bracket, so
    the two are one credit closing the text, not a caption and a line of furniture. The
    bracket may open after the text's last sentence on the first line (``…致辞。（通讯员
    某某`` / ``某某）``: a text layer broke the text's last line inside its credit)."""
    if not any(c in prev for c in "（(") or not any(c in line for c in "）)"):
        return False  # asked of every pair of lines; stripping markup makes no bracket
    head, tail = _after_last_sentence(strip_markup(prev).strip()), strip_markup(line).strip()
    return (
        head[:1] in "（("
        and tail[-1:] in "）)"
        and not any(c in head for c in "）)")
        and not any(c in tail for c in "（(")
        and len(without_spaces(head + tail)) <= BROKEN_CREDIT_MAX * 2
        and cues.is_credit_line(f"{head} {tail}")
    )


def _after_last_sentence(text: str) -> str:
    """What ``text`` prints after its last sentence's end (all of it when none ends)."""
    end = max(text.rfind(c) for c in "。！？”")
    return text[end + 1 :].strip()


def kicker_dash(text: str, following: str) -> bool:
    """A short line that ends with a double dash over a short line that ends no sentence
    and holds no clause (``……让职工服务更有温度——`` over the headline): a kicker (引题)
    led into its headline, not a sentence running on past the dash."""
    compact, after = without_spaces(text), without_spaces(following)
    return (
        compact.endswith("——")
        and len(compact) <= KICKER_DASH_MAX
        and 0 < len(after) <= KICKER_DASH_MAX
        and not ends_sentence(after)
        and not any(p in after for p in "，。；")
    )


def kicker_tail(text: str, following: str) -> bool:
    """A few characters and a double dash under a line broken in the middle of a word
    (``……让职工服务更有温`` / ``度——``): the kicker's last characters."""
    tail = without_spaces(following)
    return (
        tail.endswith("——")
        and 2 < len(tail) <= KICKER_TAIL_MAX
        and not any(p in tail for p in "，。；：、")
        and bool(text)
        and is_cjk(text[-1])
        and not ends_sentence(text)
    )


#: A news item's first words, a date or a time word and its comma (``3月6日，``, ``近日，``):
#: no adverb's ``地`` runs on into them.
_LEAD_CLAUSE_RE = re.compile(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|近期|连日来)[^，,。]{0,6}[，,]")
#: Longest head line ending in a noun's ``地`` read apart from the item under it.
NOUN_HEAD_MAX = 30


def place_noun_head(prev: str, line: str) -> bool:
    """A short head ending in ``地`` as a noun (``…有了歇脚地``, ``…的落脚地``) over an
    item's first clause (``近日，…``): the ``地`` of an adverb (``认真地``) runs on into a
    verb, never into a date and its comma, so the head ends there."""
    compact = without_spaces(prev)
    return (
        compact.endswith("地")
        and len(compact) <= NOUN_HEAD_MAX
        and not any(p in compact for p in "，,。；")
        and bool(_LEAD_CLAUSE_RE.match(without_spaces(line)))
    )
