"""Two briefs' titles printed on one line, their two texts under them.

A page of briefs (a county column of a workers' paper, ``县区简讯``) sets two short items
side by side, their titles on one row; the text layer reads the row as one line, wide
blanks apart (``东湖区总工会开展女职工健康讲座    西岭县总工会慰问一线职工``), and then the
two texts one after the other, each opened by its dateline. Read as it stands, the first
item got both titles and the second none. Each title is its own item's: the line is cut
at the gap and the second title set over the second dateline, when the evidence is
strong — two titles of a headline's shape, exactly two datelined texts under them before
the next head, and each title naming what its own text's first sentence names (its
first two characters, a place or a body, found there). A headline of two phrases one or
two blanks apart (``广阔天地 大有作为``) has no wide gap and is left whole.
"""

from __future__ import annotations

import re

from gonghui_build.layout.cues import dateline_opens_text, dateline_prefix
from gonghui_build.layout.display import is_display_text
from gonghui_build.layout.end_credits import end_credit_start
from gonghui_build.layout.lines import Line
from gonghui_build.layout.photo_credits import photo_credit_start
from gonghui_build.text.chars import without_spaces

#: The gap between two titles set side by side: four blanks, two full-width ones, a tab.
_WIDE_GAP_RE = re.compile(r"(?: {4,}|\u3000{2,}|\t+)")
#: Fewest and most characters of each title (a brief's headline).
TITLE_MIN, TITLE_MAX = 6, 24
#: How far into its text (after the dateline) a title's first characters are looked for.
LEAD_REACH = 40
#: Leading characters of a title its text's lead names again.
NAMED_CHARS = 2


def part_paired_titles(groups: list[list[Line]]) -> list[list[Line]]:
    """``groups`` with each line of two briefs' titles cut in two and its second title
    moved over the second brief's text."""
    out = list(groups)
    g = 0
    while g < len(out):
        moved = _paired(out, g)
        if moved is not None:
            first, second, at = moved
            out[g:at] = [[first], *out[g + 1 : at], [second]]
            g = at + 1
        g += 1
    return out


def _paired(groups: list[list[Line]], g: int) -> tuple[Line, Line, int] | None:
    """(first title, second title, where the second text starts) when group ``g`` is a
    line of two titles over their two datelined texts."""
    group = groups[g]
    if len(group) != 1 or g + 1 >= len(groups):
        return None
    line = group[0]
    gaps = list(_WIDE_GAP_RE.finditer(line.text))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    titles = (line.text[: gap.start()], line.text[gap.end() :])
    if not all(_title_shaped(t) for t in titles):
        return None
    texts = _datelined_texts(groups, g + 1)
    if texts is None or not all(
        _names_again(title, groups[k][0].text) for title, k in zip(titles, texts, strict=True)
    ):
        return None
    first = Line(line.start, line.start + gap.start(), titles[0], line.blank_before, line.indent)
    second = Line(line.start + gap.end(), line.end, titles[1], blank_before=True, seam=True)
    return first, second, texts[1]


def _title_shaped(text: str) -> bool:
    compact = without_spaces(text)
    return (
        TITLE_MIN <= len(compact) <= TITLE_MAX
        and is_display_text(text)
        and dateline_prefix(text) is None
        and end_credit_start(text) is None
        and photo_credit_start(text) is None
    )


def _datelined_texts(groups: list[list[Line]], start: int) -> tuple[int, int] | None:
    """The two groups opening a dateline's text from ``start`` to the next head (a line
    of a headline's shape) or the page's end, when there are exactly two and the first
    is at ``start``."""
    opening: list[int] = []
    for k in range(start, len(groups)):
        text = groups[k][0].text
        if dateline_opens_text(text):
            opening.append(k)
        elif len(groups[k]) == 1 and _title_shaped(text):
            break
    if len(opening) != 2 or opening[0] != start:
        return None
    return opening[0], opening[1]


def _names_again(title: str, text: str) -> bool:
    """The text's lead (after its dateline) names the title's first characters again."""
    prefix = dateline_prefix(text) or ""
    lead = without_spaces(text[len(prefix) :])[:LEAD_REACH]
    return without_spaces(title)[:NAMED_CHARS] in lead
