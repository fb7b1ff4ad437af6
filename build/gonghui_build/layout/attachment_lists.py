"""A notice's list of attachments, numbered one a line (run by :func:`context.settle`).

A notice names what it sends with it after its text: ``附件：1.某某报名表`` and, on the
lines under it, ``2.参赛回执``, ``3.…``; or ``附件：`` alone over ``1.…``, ``2.…``. The
first line is a header field (furniture, ``附件`` in ``header_keys``); the lines that go on
with its numbering are the same list, furniture too: read alone they are short display
lines, which took the signature under them for a caption or a headline.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import ends_sentence, without_spaces

#: The line that opens the list: ``附件：`` alone, or with its first entry (``附件：1.…``).
_OPENS_RE = re.compile(r"^附件\d*[:：](?:(\d{1,2})[.、．](?!\d).+)?$")
#: An entry of the list on a line of its own, by its number (``2.参赛回执``, ``3、…``).
_ENTRY_RE = re.compile(r"^(\d{1,2})[.、．](?!\d)(.+)$")
#: Longest entry: an attachment's title, never a paragraph.
ENTRY_MAX = 40


def attachment_lists(blocks: list[Block], shapes: list[Shape]) -> None:
    """Mark the entries that go on with a notice's ``附件：`` line as furniture (in place)."""
    for i, block in enumerate(blocks):
        opens = _OPENS_RE.match(without_spaces(block.plain))
        if shapes[i] is not Shape.FURNITURE or opens is None:
            continue
        expected = int(opens.group(1)) + 1 if opens.group(1) else 1
        for j in range(i + 1, len(blocks)):
            if _entry_number(blocks[j].plain) != expected:
                break
            shapes[j] = Shape.FURNITURE
            expected += 1


def _entry_number(text: str) -> int | None:
    """The number of an attachment's entry on its own line, or None: a numbered line
    longer than a title or ending a sentence is the notice's own text."""
    compact = without_spaces(text)
    entry = _ENTRY_RE.match(compact)
    if entry is None or len(compact) > ENTRY_MAX or ends_sentence(compact):
        return None
    return int(entry.group(1))
