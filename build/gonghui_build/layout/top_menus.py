"""A site's menu printed one link a line at the page's top (run by :func:`context.settle`).

Five short lines or more, one link a line (``关于工会``, ``工会要闻``, ``通知公告``, …),
before any text of the page: the site's menu, no head (a head has three lines at most: a
kicker, a title and a deck). A run of people's names (a list of winners, of officers
elected) is no menu. Its first line was read as the headline and the others as
captions of the text under them.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import DISPLAY_SHAPES, TEXT_SHAPES, Shape
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.names import is_name_shaped

#: Fewest lines of a menu at the page's top, and its longest link.
MENU_LINES_MIN = 5
MENU_LINK_MAX = 6


def top_menu(blocks: list[Block], shapes: list[Shape]) -> None:
    """Mark the run of a site's menu links over the page's first text as furniture."""
    run: list[int] = []
    for i, block in enumerate(blocks):
        if shapes[i] in TEXT_SHAPES:
            break
        if shapes[i] in DISPLAY_SHAPES and _menu_link(block.plain):
            run.append(i)
            continue
        if len(run) >= MENU_LINES_MIN:
            break
        run = []
    names = sum(is_name_shaped(without_spaces(blocks[i].plain)) for i in run)
    if len(run) >= MENU_LINES_MIN and 2 * names < len(run):
        for i in run:
            shapes[i] = Shape.FURNITURE


def _menu_link(text: str) -> bool:
    """A menu's link alone on its line: a few Chinese characters, no mark."""
    compact = without_spaces(text)
    return 2 <= len(compact) <= MENU_LINK_MAX and all(is_cjk(ch) for ch in compact)
