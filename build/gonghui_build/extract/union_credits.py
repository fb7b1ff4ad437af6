"""A union's short name as an item's whole credit is no author.

A digest item of an old workers' paper may close on its sender's short name in brackets,
``（东工）`` for the union of a plant the item names (``某某东郊机床厂工会…。（东工）``):
the name's first character, then 工 for 工会. Two characters ending in 工 are read as a
name by the credit's reader, and a person may be so named, so one signal is not enough
(an earlier reading on the shape alone lowered a measuring set): the credit is dropped
only when the item also names a union whose name holds the credit's first character
before its 工会. The shape was read on an OCR'd 1993 page of a city workers' paper (the
real_dev4 set's, whose gold names no author for it) and its sisters of the 1980s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.facts import AuthorFact
from gonghui_build.layout.paragraphs import Paragraph

#: How far before 工会 the credit's first character may stand in the union's name
#: (``北京东郊机床厂工会``: the plant's name between them).
_NAME_BEFORE_UNION = 16


def _union_short_name(name: str, text: str) -> bool:
    """``name`` (``东工``) is printed alone in brackets in ``text`` and ``text`` names a
    union (…工会) whose name holds its first character."""
    if len(name) != 2 or not name.endswith("工") or name[0] == "工":
        return False
    if not re.search(rf"[（(]{name}[）)]", text):
        return False
    union = rf"{re.escape(name[0])}[\u4e00-\u9fff]{{0,{_NAME_BEFORE_UNION}}}工会"
    return re.search(union, text) is not None


def less_union_short_names(
    authors: list[AuthorFact], paragraphs: Sequence[Paragraph]
) -> list[AuthorFact]:
    """The authors less those that are a union's short name closing the item
    (``（东工）`` under an item about 某某东郊机床厂工会): the union sent the copy, and
    no person is named."""
    text = "\n".join(p.text for p in paragraphs)
    return [a for a in authors if not _union_short_name(a.name, text)]
