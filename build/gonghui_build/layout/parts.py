"""Numbered parts: a self-media copy's parts (``01`` / a head / text, ``02`` / …) — a
head under the next number of the open article's numbered parts is that article's next
part, not a new article; and a book's sections (``第一节 …``, ``第二节 …``) — a section
head under an article headed by a section of the same rank opens the next article.
"""

from __future__ import annotations

import re

from gonghui_build.layout.display import is_part_head
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.numbers import chinese_to_int

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


#: The number and rank of a book's part head (``第二节 主要活动`` → 二, 节).
_PART_RANK_RE = re.compile(r"^第([一二三四五六七八九十百零\d]{1,4})([编章节])")


def part_number(text: str) -> tuple[int, str] | None:
    """The number and rank (编, 章, 节) of a gazetteer's or a yearbook's part head alone
    on its line, None for any other line."""
    if not is_part_head(text):
        return None
    match = _PART_RANK_RE.match(without_spaces(text))
    if match is None:
        return None
    digits = match.group(1)
    number = int(digits) if digits.isdigit() else chinese_to_int(digits)
    return (number, match.group(2)) if number is not None else None


def next_section(r: Reader, cur: Draft) -> bool:
    """The last display line waiting is the head of the section that follows the open
    article's headline in the book (``第二节 主要活动`` under an article headed ``第一节
    组织沿革``), printed right under a table's or a list's last row: a gazetteer's
    section is one article, and a row (no sentence end) is no text the next section's
    head could be a heading inside of. Only the next number of the rank 节: a running
    head repeating the section's own head goes on with it; after a sentence the head
    is left to the other rules."""
    head = cur.headline
    if head is None or not r.pending:
        return False
    above = r.blocks[r.pending[0] - 1].plain
    if ends_sentence(without_spaces(above)):
        return False
    current = part_number(r.blocks[head].plain)
    following = part_number(r.blocks[r.pending[-1]].plain)
    return current is not None and current[1] == "节" and following == (current[0] + 1, current[1])
