"""A roster of a body's officers printed a post then its holders, with no colon between.

A yearbook's or a gazetteer's roster of a union's leaders prints one post a line, its
holders after it apart by blanks (``主　席　某某某``, ``副主席　某某　某某某``, ``党组书记、主席
某某``, a two-character name padded to the width of three: ``副　主　席　　某　某``). The
blanks are all that separate the post from the first name and one name from the next;
read as a caption or a heading, they are removed and the names run into the post and into
each other (``副主席某某某某某``). Such a line is a row of its list, a paragraph of its own
that keeps one space at each of those gaps (:func:`holder_gaps`, read by :mod:`repair`),
while a blank padding a post or a name is no gap.

A run of :data:`POSTED_RUN_MIN` such lines is a roster (:func:`posted_name_lines`): one
line alone might be a heading's words; two posts each followed by names are not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_notes import without_note
from gonghui_build.layout.roster import runs_of_lines
from gonghui_build.text.names import is_name_shaped

if TYPE_CHECKING:
    from gonghui_build.layout.blocks import Block
    from gonghui_build.layout.reader import Draft, Reader

#: Fewest consecutive lines of posts and their holders read as a roster.
POSTED_RUN_MIN = 2
#: Longest post (characters without blanks) before the holders' names.
POST_MAX = 16
#: Most holders of one post on one line.
HOLDERS_MAX = 8
_CELL = re.compile(r"[^ \t\u3000\u00a0]+")


#: A post: Chinese characters, perhaps a chain of posts joined by 、.
_POST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)*")


def _is_post(post: str) -> bool:
    """A post of the titles the build knows closing at most :data:`POST_MAX` characters
    of Chinese characters (``主席``, ``经费审查委员会主任``, ``党组书记、主席``); a credit's
    role word (``记者``, ``通讯员``: ``bylines.yaml`` role_words) before a writer's name
    is none (``■晚报记者　某某`` / ``通讯员　某某`` is a byline over two lines), nor is a
    post held at a body named before it (``某区总工会副主席　某某``: a leader's portrait
    caption, one a photo): a roster's rows print the post bare, or after a committee."""
    if len(post) > POST_MAX or not _POST.fullmatch(post):
        return False
    if lexicon.words("bylines.yaml", "role_words").ending(post) is not None:
        return False
    return all(_bare_post(part) for part in post.split("、"))


def _bare_post(part: str) -> bool:
    """A title from the part's first character, or after a committee (经费审查委员会主任)."""
    title = lexicon.titles().at_end.search(part)
    return title is not None and (title.start() == 0 or part[: title.start()].endswith("委员会"))


def _holders(cells: list[re.Match[str]]) -> list[int] | None:
    """The indices of the cells that open a holder's name, or None when the cells are no
    run of names: each a name of two to four characters, or two single characters in a
    row (a name padded to the width of three, ``某　某``), a note in brackets closing a
    name or not (:func:`_without_note`)."""
    opens: list[int] = []
    i = 0
    while i < len(cells):
        text = without_note(cells[i].group())
        if 2 <= len(text) <= 4 and is_name_shaped(text):
            opens.append(i)
            i += 1
        elif len(text) == 1 and i + 1 < len(cells) and len(without_note(cells[i + 1].group())) == 1:
            if not is_name_shaped(text + without_note(cells[i + 1].group())):
                return None
            opens.append(i)
            i += 2
        else:
            return None
    return opens if 0 < len(opens) <= HOLDERS_MAX else None


def holder_gaps(line: str) -> tuple[tuple[int, int], ...]:
    """The spans in ``line`` of the blanks before each holder's name of a line of a post
    and its holders (``副主席　某某　某某某``), or () when ``line`` is no such line. The
    post is the shortest run of its first cells that ends on a title; the rest must be
    names."""
    if "\n" in line:
        return ()
    cells = list(_CELL.finditer(line))
    for k in range(1, len(cells)):
        post = "".join(c.group() for c in cells[:k])
        if len(post) > POST_MAX:
            break
        if not _is_post(post):
            continue
        opens = _holders(cells[k:])
        if opens is None:
            return ()
        return tuple((cells[k + j - 1].end(), cells[k + j].start()) for j in opens)
    return ()


def posted_name_lines(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The blocks (indices) that are lines of a roster of posts and their holders: runs
    of at least :data:`POSTED_RUN_MIN` one-line blocks of that shape, none in ``skip``
    (furniture), blank lines between them or not."""
    return runs_of_lines(blocks, skip, holder_gaps, POSTED_RUN_MIN)


def roster_after_entry(r: Reader, cur: Draft, i: int) -> bool:
    """A heading of one line after a yearbook's entry (``【概况】…``) over a roster of posts
    and their holders (``某某总工会领导名录`` / ``主　席　某某`` / ``副主席　某某　某某``) heads an
    article of its own, as an entry head in brackets would: the roster is no part of the
    entry before it (ANNOTATION.md: a yearbook's list printed as a section of its own is
    one article headed by its title)."""
    return (
        cur.hint == "entry"
        and len(r.pending) == 1
        and bool(holder_gaps(r.blocks[i].plain))
        and i + 1 < len(r.blocks)
        and bool(holder_gaps(r.blocks[i + 1].plain))
    )
