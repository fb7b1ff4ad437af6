"""Lines cut mid-word at their column's edge, read by each line's own shape.

The page-wide wrap width (:mod:`blocks`) misses a column set at another width than the
rest of the page: a gazetteer whose sections are set at different widths, an old
paper's OCR column under wider digest items, a line the OCR printed a few characters
short. Such a line still shows it was cut: it ends on a character of a word, it is
running text, and it is as wide as the line under it.
"""

from __future__ import annotations

from gonghui_build.layout import cues
from gonghui_build.layout.cuts import strip_markup
from gonghui_build.layout.lines import Line, width
from gonghui_build.text.chars import is_cjk, without_spaces

#: Least display width of a line read as cut at its column's edge by its own shape (16
#: characters: an OCR may print a line of a narrow column a few characters short).
CUT_LINE_MIN = 32
#: Widest such line: a printed column or a gazetteer's page holds at most some fifty
#: characters; a longer line is a paragraph of a web copy, its punctuation perhaps lost.
CUT_LINE_MAX = 100


def full_width(line: Line) -> int:
    """Display width of a line with its indent: where on the page it ends."""
    return line.indent + width(line.text)


def texty(text: str) -> bool:
    """A line of running text (not a heading): long, with a clause's punctuation."""
    return len(without_spaces(text)) > 12 and any(p in text for p in "，。；、")


def cut_at_edge(prev: Line, line: Line, inside: bool, slack: int) -> bool:
    """A line of running text cut in the middle of a word at the column's edge: it ends
    on a character of a word (no punctuation), is as wide as the line under it, and is
    long. An OCR of an old page or a gazetteer wraps at a width the page-wide reading
    misses when its sections or its digest items are set at other widths. Asked of a
    line that itself went on from the line above (a headline is a block's first line),
    that opens with a dateline (``本报讯 …``) or that ends a sentence before its end: a
    paragraph's text, never a head."""
    text = strip_markup(prev.text)
    last = text.rstrip()[-1:]
    dateline = cues.DATELINE_RE.match(text)
    return (
        (
            (inside and texty(text))
            or (bool(dateline) and len(without_spaces(text)) > 12)
            or _clause_after_sentence(text)
        )
        and is_cjk(last)
        and CUT_LINE_MIN <= width(prev.text) <= CUT_LINE_MAX
        and full_width(prev) >= full_width(line) - slack
    )


def _clause_after_sentence(text: str) -> bool:
    """A sentence ends inside the line and a clause follows it (``…恢复。至年底,县``):
    running text, never a head; a name or credit after the stop (``…参赛。■某某``)
    holds no clause mark."""
    stop = max(text.rfind(p) for p in "。！？")
    return stop >= 0 and any(p in text[stop + 1 :] for p in "，,、")
