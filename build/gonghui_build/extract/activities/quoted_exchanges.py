"""An exchange held under a quoted name (学员们还分组开展了“金点子”交流): a meeting of its
own, named by the quotation and its head. 交流 alone (交流经验, 沟通交流) is no event,
and is no trigger word; the quotation after a verb of holding makes it one."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category


@functools.cache
def _exchange_held() -> re.Pattern[str]:
    """A verb of holding, the quoted name and the exchange's head, closing its clause."""
    return re.compile(
        rf"(?:{words('exchange_verbs').pattern})了?"
        rf"(?P<name>“[^”]{{2,12}}”(?:{words('exchange_heads').pattern}))(?=[，。；]|$)"
    )


def quoted_exchanges(text: str, lo: int, hi: int) -> list[Mention]:
    """The exchanges the sentence ``text[lo:hi]`` holds under a quoted name, one mention
    each, spanning the name and its head."""
    out: list[Mention] = []
    for m in _exchange_held().finditer(text, lo, hi):
        words("exchange_verbs").note_in(m[0])
        words("exchange_heads").note_in(m["name"])
        out.append(Mention(*m.span("name"), "", Category.meeting, True))
    return out
