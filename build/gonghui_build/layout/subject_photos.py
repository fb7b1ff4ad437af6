"""A photo of a profile's subject printed after the page's other items.

An e-paper page may set a profile, then untitled photo items, and last a ``▲`` caption
placing the profile's subject in the picture (``▲卢某某（右）在检查…`` / ``某某 摄``):
the profile's photo, printed where the page had room. Read alone it was an item of its
own, the page one article too many (real_dev13). The caption opens with a name and its
place in the picture (``（右）``, ``（左二）``), and that name is in an earlier article's
headline: the caption and its credit go to that article, as its photo's.
"""

from __future__ import annotations

import re

from gonghui_build.layout.cues import PHOTO_POINTERS
from gonghui_build.layout.reader import Reader
from gonghui_build.layout.shapes import PHOTO_CREDITS, Shape
from gonghui_build.text.names import split_name

#: A photo's pointer, a name of two to four characters and its place in the picture.
_PLACED_NAME_RE = re.compile(
    rf"^[{PHOTO_POINTERS}]\s*(?P<name>[\u4e00-\u9fff]{{2,4}})"
    r"[（(](?:左|右|中|前|后)[一二三四五六\d]?[）)]"
)


def placed_name(caption: str) -> str | None:
    """The name a caption opens with, placed in the picture (``▲某某（右）…`` → 某某).

    Only a surname and a given name: a group placed in the picture (``▲职工（右）…``,
    ``▲工会干部（左）…``) is in many headlines and owns no photo."""
    match = _PLACED_NAME_RE.match(caption.strip())
    if match is None or split_name(match.group("name")) is None:
        return None
    return match.group("name")


def fold_subject_photos(r: Reader) -> None:
    """The page's last article, a headless caption and its credits alone, whose caption
    places a person an earlier article's headline names, is that article's photo."""
    if len(r.articles) < 2:
        return
    last = r.articles[-1]
    if last.roles or not last.body or last.continued:
        return
    first, rest = last.body[0], last.body[1:]
    name = placed_name(r.blocks[first].plain)
    if name is None or any(r.shapes[i] not in PHOTO_CREDITS for i in rest):
        return
    owner = next(
        (
            d
            for d in r.articles[:-1]
            if d.headline is not None and name in r.blocks[d.headline].plain
        ),
        None,
    )
    if owner is None:
        return
    r.reshape(first, Shape.CAPTION)
    owner.body.extend(last.body)
    r.articles.pop()
    r.renumber()
