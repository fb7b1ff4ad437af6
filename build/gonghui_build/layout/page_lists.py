"""An e-paper's list of its pages, one a line, a page's number before its name
(``01 要闻`` / ``02 工会新闻`` / ``03 职工生活``, ``A01 要闻``).

An e-paper's reader prints its pages' list under ``版面导航`` or beside the page: each
line the number of a page and its name, the numbers running on one by one. Copied as
text, the list's lines are short and end no sentence, so the last of them would be read
as the kicker of the headline under it; they are the page's furniture. One such line
alone (a post's section ``01 扎根一线`` over its text) is no list: two lines or more in a
row, their numbers running on, right under a line of the page's furniture (``版面导航``, the
pager), are; a list of winners one a line (``1 某某`` / ``2 某某``) under its heading is text.
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape

#: A page's number (a section's letter perhaps before it, ``版`` perhaps after it), a
#: blank or a colon, and the page's name: two to eight characters, no mark of a sentence.
_PAGE_ROW_RE = re.compile(r"^([A-H]?)(\d{1,3})版?(?:\s+|[:：]\s*)([\u4e00-\u9fff·]{2,8})$")
#: Fewest rows in a row that make a list of pages.
PAGE_ROWS_MIN = 2


def _number(block: Block) -> tuple[str, int] | None:
    if len(block.lines) != 1:
        return None
    row = _PAGE_ROW_RE.match(block.plain.strip())
    return (row.group(1), int(row.group(2))) if row else None


def page_list(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """The blocks that are rows of a list of the paper's pages: display lines in a run of
    two or more right under the page's furniture, each a page's number and name, each
    number one more than the last."""
    out: list[int] = []
    run: list[int] = []
    last: tuple[str, int] | None = None
    for i, block in enumerate(blocks):
        number = _number(block) if shapes[i] in DISPLAY_SHAPES else None
        follows = number is not None and last is not None and number == (last[0], last[1] + 1)
        if not follows:
            out += run if len(run) >= PAGE_ROWS_MIN else []
            run = []
        if number is not None and (run or (i and shapes[i - 1] is Shape.FURNITURE)):
            run.append(i)
        last = number if run else None
    return out + (run if len(run) >= PAGE_ROWS_MIN else [])
