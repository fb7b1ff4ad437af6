"""A union site's box of its leaders, printed before the page's text.

Union sites print a box in their sidebar under a heading (``全总领导``, ``省总领导``) that
lists the federation's leaders one a line, a name, a blank, then the posts
(``某某 全国总工会副主席（兼）``). It is the site's navigation, printed on every page of
the channel, not an article of the page: the heading and its lines are furniture
(``tests/fixtures/ANNOTATION.md``; read as a headless article before, its heading taken
for a headline or its last line for the article's kicker).

Only a box printed before any sentence of the page's text is read so (a site's menu row
may come first, run together with no sentence in it), and only when two lines or more
under the heading are leaders' lines, each naming a union in its posts: a list of leaders
inside an article (a yearbook's roster) stays the article's.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.roster import LISTED_NAME
from gonghui_build.layout.shapes import TEXT_SHAPES, Shape
from gonghui_build.text.chars import FULL_STOPS, ends_sentence, without_spaces
from gonghui_build.text.names import is_name_shaped

#: Fewest leaders' lines under the heading that make the box.
LEADER_LINES_MIN = 2
#: Longest leader's line (characters without blanks): a name and its posts.
LEADER_LINE_MAX = 70
#: A name of two to four characters (the site pads a two-character name with blanks to
#: the width of three: ``陈 刚``), blanks, then the posts.
_LEADER_RE = re.compile(rf"^[ \t\u3000]*(?P<name>{LISTED_NAME})[ \t\u3000]+(?P<posts>\S.*)$")
#: What the posts of a union's leader name: the union itself.
_UNION_RE = re.compile(r"工会|工會")
#: What a leader's posts never hold: the end of a sentence. Narrower on purpose than
#: :data:`~gonghui_build.text.chars.SENTENCE_MARKS` (no comma or semicolon: a leader's
#: several posts may be parted by one, ``…副主席，党组成员``) and than ``SENTENCE_FINAL_MARKS``
#: (no semicolon, no ellipsis), the ends of a full sentence only.
_NEVER_IN_POSTS = FULL_STOPS


@functools.cache
def _headings() -> frozenset[str]:
    return frozenset(lexicon.load("page_furniture.yaml")["leader_box_headings"])


def _leader_line(block: Block) -> bool:
    """A line of the box: one line, a name, a blank, posts that name a union."""
    if len(block.lines) != 1:
        return False
    match = _LEADER_RE.match(block.plain.strip())
    if not match:
        return False
    posts = match.group("posts")
    return (
        is_name_shaped(without_spaces(match.group("name")))
        and bool(_UNION_RE.search(posts))
        and not any(ch in _NEVER_IN_POSTS for ch in posts)
        and len(without_spaces(block.plain)) <= LEADER_LINE_MAX
    )


def leader_boxes(blocks: list[Block], shapes: list[Shape]) -> None:
    """Mark each leaders' box printed before the page's text, its heading and its lines,
    as furniture (in place)."""
    headings = _headings()
    for i, block in enumerate(blocks):
        if shapes[i] in TEXT_SHAPES and ends_sentence(block.plain.strip()):
            return  # the page's text has begun: a list under it is the text's
        if without_spaces(block.plain).strip("：: ") not in headings:
            continue
        end = i + 1
        while end < len(blocks) and _leader_line(blocks[end]):
            end += 1
        if end - (i + 1) >= LEADER_LINES_MIN:
            for k in range(i, end):
                shapes[k] = Shape.FURNITURE
