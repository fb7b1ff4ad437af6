"""Rows of a site's chrome that no word list names whole (read by :mod:`furniture`).

* **Button rows in brackets**: ``【收藏此页】【 】【下载点点通】【打印】【关闭】``, each
  button in its cell, a cell left empty, the row's outer brackets sometimes lost: the
  cells are short and one at least is a button the site's word lists know (``打印``).
  Read as captions in the article they followed before.
* **Sponsor rows**: ``主办 某某报社``, ``指导 某省文明办``: a site's header naming who runs
  it, the key set off by a blank instead of a colon (``主办：`` is a header field), then
  one body's name. Read as a kicker and a headline over a headless text before.
"""

from __future__ import annotations

import re
from collections.abc import Set

from gonghui_build.layout.cues import names_a_body

#: Fewest cells of a button row, and the longest cell (a button's word).
BUTTON_CELLS_MIN = 3
BUTTON_CELL_MAX = 6
_CELL_SPLIT_RE = re.compile(r"[【】\[\]]+")
#: The key of a sponsor row, then one body's name after a blank.
_SPONSOR_ROW_RE = re.compile(r"^(?:主办|协办|承办|指导|主管)(?:单位)?[ \u3000]+(\S{2,20})$")


def is_button_row(compact: str, buttons: Set[str]) -> bool:
    """A row of buttons in brackets: three cells or more, each a button's short word,
    one of them at least a known button (``buttons``)."""
    cells = [c for c in _CELL_SPLIT_RE.split(compact) if c]
    return (
        compact.count("】【") >= BUTTON_CELLS_MIN - 1
        and len(cells) >= BUTTON_CELLS_MIN
        and all(len(c) <= BUTTON_CELL_MAX for c in cells)
        and any(c in buttons for c in cells)
    )


def is_sponsor_row(text: str) -> bool:
    """``主办 某某报社``: a site's credit for the body that runs it, no kicker or title."""
    match = _SPONSOR_ROW_RE.match(text.strip())
    return match is not None and names_a_body(match.group(1))
