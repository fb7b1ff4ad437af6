"""Stage 2 — parsed blocks: cut a page into blocks of consecutive non-blank lines.

A block is the unit the OCR gives us: a paragraph, a headline, a caption of one or two
lines. Every non-blank character of a page lies in exactly one block, by construction.
Markdown marks (``#``, ``**``) are noted as hints and left in the text; the repair stage
removes them and records it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build.text.chars import BLANK

_BLANK_CHARS = "".join(BLANK)
_HEADING_RE = re.compile(r"^(#{1,6})[ \t\u3000]*")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # page.text[start:end]; first and last characters are non-blank


@dataclass(frozen=True)
class Block:
    index: int
    lines: tuple[Line, ...]
    heading_level: int  # Markdown heading level of the first line, 0 when none
    bold: bool  # wrapped in ``**`` … ``**``

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def plain_lines(self) -> tuple[str, ...]:
        """The lines without Markdown marks (for classification only)."""
        return tuple(strip_markup(line.text) for line in self.lines)

    @property
    def plain(self) -> str:
        """The block without Markdown marks, lines joined by a newline."""
        return "\n".join(self.plain_lines)


def strip_markup(text: str) -> str:
    return _HEADING_RE.sub("", text).replace("**", "").strip(_BLANK_CHARS)


def split_lines(text: str) -> list[Line | None]:
    """Lines with their spans; ``None`` for a blank line."""
    out: list[Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        left = len(raw) - len(raw.lstrip(_BLANK_CHARS))
        right = len(raw.rstrip(_BLANK_CHARS))
        if right > left:
            out.append(Line(pos + left, pos + right, raw[left:right]))
        else:
            out.append(None)
        pos += len(raw) + 1
    return out


def split_blocks(text: str) -> list[Block]:
    """Blocks of ``text`` in page order."""
    blocks: list[Block] = []
    current: list[Line] = []
    for line in [*split_lines(text), None]:
        if line is not None:
            current.append(line)
            continue
        if current:
            first = current[0].text
            heading = _HEADING_RE.match(first)
            joined = "".join(x.text for x in current)
            blocks.append(
                Block(
                    index=len(blocks),
                    lines=tuple(current),
                    heading_level=len(heading.group(1)) if heading else 0,
                    bold=joined.startswith("**") and joined.endswith("**") and len(joined) > 4,
                )
            )
            current = []
    return blocks
