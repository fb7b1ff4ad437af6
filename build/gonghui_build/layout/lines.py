"""Lines of a page, whatever their line endings, with the evidence the layout reads.

Every line ending reads the same: LF, CRLF, CR, vertical tab, form feed, the Unicode line
and paragraph separators (U+2028, U+2029) and NEL (U+0085). Offsets stay those of the
page's decoded text, so that provenance slices the file as it is; only the reading of
where a line ends is shared.

A line carries what the layout needs to know about it: whether a blank line precedes it,
how far it is indented, its display width (a Chinese character is two columns wide, as
in a monospaced text layer), and whether it was printed away from the line read before
it (a column read apart from its neighbour, see :mod:`interleave`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

#: Every character sequence that ends a line.
LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: One character of a line ending.
LINE_BREAK_CHAR_RE = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_HEADING_RE = re.compile(r"^(#{1,6})[ \t\u3000]*")


def is_blank(ch: str) -> bool:
    """Blank for layout: any whitespace, and the zero-width characters pages carry."""
    return ch.isspace() or ch in "\u200b\ufeff"


@functools.cache
def _narrow_re() -> re.Pattern[str]:
    """The wide and full-width characters of the Basic Multilingual Plane as one character
    class, built once from ``unicodedata`` (a line's width is then counted in C)."""
    ranges = []
    start = None
    for cp in range(0x10000):
        wide = unicodedata.east_asian_width(chr(cp)) in "WF" and not 0xD800 <= cp < 0xE000
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile("[" + "".join(ranges) + "]")


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def width(text: str) -> int:
    """Display width: wide and full-width characters take two columns."""
    wide = len(text) - len(_narrow_re().sub("", text))
    for ch in _ASTRAL_RE.findall(text):  # beyond the plane: one by one (rare)
        wide += unicodedata.east_asian_width(ch) in "WF"
    return len(text) + wide


@dataclass(frozen=True)
class Line:
    """A span of a page holding text; ``text`` is ``page[start:end]``, trimmed of blanks."""

    start: int
    end: int
    text: str
    blank_before: bool = False
    indent: int = 0  # display width of the blanks before the text on its physical line
    seam: bool = False  # not printed right after the line read before it
    column: int = 0  # 0 for the page's main flow; else one side of a two-column run

    @property
    def heading_level(self) -> int:
        match = _HEADING_RE.match(self.text)
        return len(match.group(1)) if match else 0


def physical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of every physical line, line endings excluded."""
    spans = []
    pos = 0
    for match in LINE_BREAK_RE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the blanks at either side (empty when all blank)."""
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return start, end


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` in page order."""
    out: list[Line] = []
    blank = True
    for start, end in physical_lines(text):
        left, right = trimmed(text, start, end)
        if right <= left:
            blank = True
            continue
        indent = width(text[start:left].replace("\t", "    "))
        out.append(Line(left, right, text[left:right], blank_before=blank, indent=indent))
        blank = False
    return out


#: A sentence's end, then the indent of the next paragraph (two full-width blanks or
#: four spaces), inside one physical line: a copy that lost its line breaks but kept
#: its indents (``…参加。　　分享会上，…``).
_INLINE_INDENT_RE = re.compile(r"[。！？!?][”’」』）)]?(\u3000{2}|[ \u00a0]{4}|\t)(?=[^\s])")
#: Display width of the indent of a paragraph.
PARAGRAPH_INDENT = 4


def inline_paragraphs(line: Line) -> list[Line]:
    """``line`` cut into the paragraphs it runs together, when it indents them: at each
    sentence end followed by an indent, if the line itself is indented that way or holds
    two such cuts (one gap after a full stop may be two columns side by side)."""
    cuts = [m.span(1) for m in _INLINE_INDENT_RE.finditer(line.text)]
    if not cuts or (line.indent < PARAGRAPH_INDENT and len(cuts) < 2):
        return [line]
    out = []
    begin = 0
    for gap_start, gap_end in cuts:
        out.append((begin, gap_start, PARAGRAPH_INDENT if begin else line.indent))
        begin = gap_end
    out.append((begin, len(line.text), PARAGRAPH_INDENT))
    return [
        Line(
            line.start + a,
            line.start + b,
            line.text[a:b],
            blank_before=line.blank_before and not a,
            indent=indent,
        )
        for a, b, indent in out
    ]
