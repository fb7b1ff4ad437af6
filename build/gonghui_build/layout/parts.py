"""Numbered parts of one text: a self-media copy's parts (``01`` / a head / text,
``02`` / …). A head under the next number of the open article's numbered parts is that
article's next part, not a new article.
"""

from __future__ import annotations

import re

from gonghui_build.layout.reader import Draft, Reader

#: A part's number printed alone on its line (``01``, ``2``): a self-media copy's parts.
_PART_NUMBER_RE = re.compile(r"^\s*0?(\d{1,2})\s*$")


def numbered_part(r: Reader, cur: Draft) -> bool:
    """The head under a part's number (``03``) whose predecessor (``02``) the open
    article prints: the next part of that article, not a new one."""
    above = r.pending[0] - 1
    number = _PART_NUMBER_RE.match(r.blocks[above].plain) if above >= 0 else None
    if number is None or not cur.body or int(number.group(1)) < 2:
        return False
    previous = int(number.group(1)) - 1
    return any(
        (m := _PART_NUMBER_RE.match(r.blocks[j].plain)) and int(m.group(1)) == previous
        for j in range(min(cur.body), above)
    )
