"""Award lists in sections: each award's name over its winners, one a line.

A yearbook's or a notice's honours list prints several awards one under another
(``全国五一劳动奖状`` over a unit, ``全国五一劳动奖章`` over two winners, …), each
award's name a heading and each winner a line: a unit alone, a person's name then the
unit and post (``某某 某某公司驾驶员``), or the unit and post then the name set off by a
wide blank (``某某公司驾驶员  某某``). A section may hold one or two lines only, too few
for a list of its own (:mod:`unit_lists` asks three), but the sections together are
one list: each winner's line is a paragraph of it (the annotation guidelines: a list
printed one item a line has one body paragraph a line), never a photo or portrait
caption; the award names stay headings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.roster import ROSTER_LINE_MAX
from gonghui_build.layout.unit_lists import heading_names_award
from gonghui_build.text.chars import SENTENCE_MARKS, without_spaces

if TYPE_CHECKING:
    from gonghui_build.layout.reader import Reader

#: Fewest award headings and fewest winners' lines of a list in sections.
HEADINGS_MIN = 2
ITEMS_MIN = 3


def _item(block: Block, candidates: set[int]) -> bool:
    """A winner's line under an award's heading: a unit alone, a name before the unit
    and post or after it; or any short line with no sentence in it (a team, a ward:
    ``某某医院重症医学科``), which within a list of awards is one of its winners."""
    text = without_spaces(block.plain)
    return (
        block.index in candidates
        and len(block.lines) == 1
        and not heading_names_award(block)
        and 0 < len(text) <= ROSTER_LINE_MAX
        and not any(ch in SENTENCE_MARKS for ch in text)
    )


def colon_award_headings(blocks: list[Block], text: set[int]) -> set[int]:
    """The blocks of running text (``text``) that are an award's heading ending on its
    colon (``一等奖：`` over its winners, one a line): read as text for the colon, they
    head a section of an award list as a heading without it does."""
    return {
        i
        for i in text
        if heading_names_award(blocks[i]) and without_spaces(blocks[i].plain).endswith(("：", ":"))
    }


def _heading(block: Block, candidates: set[int]) -> bool:
    return block.index in candidates and heading_names_award(block)


def award_sections(
    blocks: list[Block], candidates: set[int]
) -> tuple[frozenset[int], frozenset[int]]:
    """The winners' lines and the award headings (block indices) of award lists in
    sections: from an award heading, runs of item lines each under its heading,
    ``HEADINGS_MIN`` headings and ``ITEMS_MIN`` items or more. ``candidates`` are the
    blocks read as display lines or captions (no text, no furniture)."""
    items: set[int] = set()
    headings: set[int] = set()
    k = 0
    while k < len(blocks):
        run, heads, j = _sections_from(blocks, candidates, k)
        if len(heads) >= HEADINGS_MIN and len(run) >= ITEMS_MIN:
            items.update(run)
            headings.update(heads)
        k = max(j, k + 1)
    return frozenset(items), frozenset(headings)


def _sections_from(
    blocks: list[Block], candidates: set[int], k: int
) -> tuple[list[int], list[int], int]:
    """The items and headings of the sections from block ``k``, and where they end."""
    run: list[int] = []
    heads: list[int] = []
    j = k
    while j < len(blocks) and _heading(blocks[j], candidates):
        section = j + 1
        while section < len(blocks) and _item(blocks[section], candidates):
            section += 1
        if section == j + 1:
            break
        heads.append(j)
        run.extend(range(j + 1, section))
        j = section
    return run, heads, j


def title_over_list(r: Reader, headings: frozenset[int]) -> None:
    """A list's first award heading printed right under the list's title was read as
    the headline, the title as its kicker: the title is the headline, the heading a
    heading of the list's text. So is a spaced table's header row (``序号  姓名  工作
    单位及职务``, :func:`tables.spaced_headers`) printed under the table's title with no
    sentence between, which ``headings`` holds too (session 41)."""
    for draft in r.articles:
        head = draft.headline
        above = head - 1 if head is not None else None
        if head in headings and draft.roles.get(above) in ("kicker", "banner"):
            draft.roles[above] = "headline"
            del draft.roles[head]
            draft.body = sorted([head, *draft.body])
