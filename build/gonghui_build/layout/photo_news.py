"""Photos credited on a line of their own: a page of photo news or a photo spread.

* **Photo news**: on a page of two or more photos whose one-paragraph text is followed
  by its credit on a line of its own (``本报记者 某某 摄``), each credit closes its item
  (its byline), so that the next text starts an item of its own.
* **A photo spread** prints its photos one after another after its running text, under
  one headline or none: two or more photos in a row after running text are its
  captions. A post (a union's WeChat account, a paper's photo page copied to the web)
  often sets a few short lines between its text and its photos (``经过编辑部挑选`` /
  ``一批佳作与大家见面`` / ``一起来看看吧``), one sentence broken into lines: the photos
  still follow running text. A single short line there is a title (photo news under
  it), as are two (a kicker over it).
* **A credit's shape**: among two or more credits the page prints on lines of their own,
  a line of a two- to four-character name and ``摄`` (``某某某 摄``) right after a photo's
  text is one too, whatever surname the name has.
"""

from __future__ import annotations

import re

from gonghui_build.layout import cues
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.neighbours import Neighbours
from gonghui_build.layout.shapes import TEXT_SHAPES, Shape

#: Fewest photos credited on their own line that make a page of photo news, and fewest
#: untitled photos in a row read as items of their own (:mod:`photo_runs`): one is the
#: article it is.
PHOTO_PAGE_MIN = 2
#: Fewest short lines between running text and photos that are a post's lead-in (one
#: line is a title; two, a kicker and a title), and the most that are looked past.
LEAD_IN_MIN = 3
LEAD_IN_MAX = 8
#: A credit alone on its line: a name of two to four characters, a space, 摄.
_CREDIT_SHAPED_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[ \u3000]+摄$")


def credited_photos(blocks: list[Block], shapes: list[Shape], near: Neighbours) -> None:
    """Settle the photos credited on their own line: a spread's captions after running
    text, else (two or more on the page) photo news items closed by their credits."""
    photos = _own_line_credits(blocks, shapes, near)
    credits = []
    for chain in _photo_chains(photos, near):
        if _after_text(shapes, near, chain[0][0]):
            if len(chain) >= PHOTO_PAGE_MIN:
                for i, _ in chain:
                    shapes[i] = Shape.CAPTION  # a spread's photos, after its lead
            continue
        credits.extend(j for _, j in chain)
    if len(credits) >= PHOTO_PAGE_MIN:
        for j in credits:
            shapes[j] = Shape.END_CREDIT


def _after_text(shapes: list[Shape], near: Neighbours, i: int) -> bool:
    """Running text comes before the photo at ``i``: right before it, or past photos
    already read as captions and a post's lead-in of short lines (``LEAD_IN_MIN`` or
    more; fewer are a title over photo news)."""
    k, display, seen = near.before[i], 0, 0
    while k is not None and shapes[k] in (Shape.DISPLAY, Shape.CAPTION, Shape.CREDIT):
        display += shapes[k] is Shape.DISPLAY
        seen += 1
        if seen > LEAD_IN_MAX:
            return False
        k = near.before[k]
    if k is None or shapes[k] not in TEXT_SHAPES:
        return False
    return seen == 0 or display == 0 or display >= LEAD_IN_MIN


def _own_line_credits(
    blocks: list[Block], shapes: list[Shape], near: Neighbours
) -> list[tuple[int, int]]:
    """(text, credit) pairs: a photo credit on a line of its own right after running text;
    with two or more of them, a line shaped like one (``某某某 摄``) is one too."""
    out, shaped = [], []
    for j, shape in enumerate(shapes):
        i = near.before[j]
        if i is None or shapes[i] is not Shape.BODY or blocks[j].cut == "credit":
            continue
        if shape is Shape.CREDIT or (shape is Shape.BYLINE and cues.credit_names(blocks[j].plain)):
            out.append((i, j))
        elif shape is Shape.DISPLAY and _CREDIT_SHAPED_RE.match(blocks[j].plain.strip()):
            shaped.append((i, j))
    if len(out) >= PHOTO_PAGE_MIN and shaped:
        for _, j in shaped:
            shapes[j] = Shape.CREDIT
        out = sorted(out + shaped)
    return out


def _photo_chains(photos: list[tuple[int, int]], near: Neighbours) -> list[list[tuple[int, int]]]:
    """The photos in runs: a photo whose text follows the credit of the one before it
    goes on that one's run."""
    chains: list[list[tuple[int, int]]] = []
    for i, j in photos:
        if chains and near.before[i] == chains[-1][-1][1]:
            chains[-1].append((i, j))
        else:
            chains.append([(i, j)])
    return chains
