"""A body credited for an item in brackets at its end (``（某市总工会宣教部）``,
``（区总工会办公室）``): the union department or body that sent the item in, which the
item names as much as its text does. The tuning sets list such a body among the item's
organisations wherever one is printed so (19 bracketed body credits in ``real_dev`` …
``real_dev26``, every one listed), while a person's credit (``（王立群）``) names none.
Read by :mod:`.article` alongside the text's own roles."""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.chars import without_spaces

#: A credit that is one bracketed name and nothing else.
_BRACKETED = re.compile(r"[（(]([^（）()]+)[）)]")

#: The layout's role of an item's credit line.
_CREDIT_ROLE = "byline"


def credits_a_body(p: Paragraph) -> bool:
    """Whether ``p`` is an item's credit that is a body's name in brackets, alone on its
    line: a name an organisation suffix ends (总工会, 工会, 部, 办公室, …), so that a
    person's credit and a reporter's dateline are left to the authors."""
    if p.role != _CREDIT_ROLE:
        return False
    m = _BRACKETED.fullmatch(without_spaces(p.text).strip())
    return m is not None and suffix_of(m.group(1)) is not None
