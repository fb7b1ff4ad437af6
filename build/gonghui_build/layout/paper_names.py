"""A paper's name at the very top of a page, over the page's date (issue 8's mastheads).

An e-paper or a text layer copies the masthead first: the paper's name alone on its row
(``某某工会报``, ``某某职工报``), then the date, the page's label. The name list of
``media_name_endings`` knows the common endings (``日报``, ``工人报``) but not every
paper's; a short name ending on ``报`` that opens the page right over a dated row is the
masthead whatever its ending, the page's furniture. Read as a display line it became the
headline of an untitled item under the page's rows (a photo's caption, a brief).
"""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

__all__ = ["paper_name_on_top"]

#: A paper's name: a few characters, Chinese only, ending on 报 (a headline that short
#: ending so, 捷报 or 喜报, opens no page over its date row).
_PAPER_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}报$")


#: Most rows of furniture under the name looked through for its date (the page's label
#: may come first: ``第05版：劳模风采`` / ``2019年4月29日 星期一``).
MASTHEAD_ROWS = 3


def paper_name_on_top(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """The page's first block when it is a paper's name on one line right over rows of
    furniture one of which is dated (``2022年7月22日 星期五``, perhaps under the page's
    label): the masthead, not a headline."""
    if len(blocks) < 2 or len(blocks[0].lines) != 1 or shapes[0] is Shape.FURNITURE:
        return []
    if not _PAPER_NAME_RE.match(without_spaces(blocks[0].plain)):
        return []
    for i in range(1, min(len(blocks), MASTHEAD_ROWS + 1)):
        if shapes[i] is not Shape.FURNITURE:
            return []
        if DATE_RE.search(without_spaces(blocks[i].plain)):
            return [0]
    return []
