"""The edition a name holds (首届, 第二届, 第三期, 六届五次): the number of one event of a
series. Two names of one series that hold different editions (首届职工运动会 and 第二届职工
运动会, told in one article as last year's and this year's) are two activities, each
with its own date and count, however alike the rest of their words (ANNOTATION.md:
one row per event)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.numbers import COUNT_NUMERALS, chinese_to_int

_NUMBER = rf"(?:\d+|[{COUNT_NUMERALS}]+)"


@functools.cache
def _numbered() -> re.Pattern[str]:
    """An edition's number with 第 (第十二届: number, unit), or a term's session printed
    without it (六届五次: term, session): ``edition_units`` read once."""
    units = "".join(words("edition_units"))
    return re.compile(
        rf"第(?P<n>{_NUMBER})(?P<unit>[{units}])|(?P<term>{_NUMBER})届(?P<session>{_NUMBER})次"
    )


def _number(text: str) -> int:
    return int(text) if text.isdigit() else chinese_to_int(text) or 0


def editions(text: str) -> dict[str, int]:
    """The edition numbers a name holds, by unit (届, 次, 期): 第十二届 → {届: 12}, 首届
    → {届: 1}, a term's session printed without 第 (六届五次) → {届: 6, 次: 5}."""
    found: dict[str, int] = {}
    for m in _numbered().finditer(text):
        if m["n"]:
            found.setdefault(m["unit"], _number(m["n"]))
        else:
            found.setdefault("届", _number(m["term"]))
            found.setdefault("次", _number(m["session"]))
    for first in words("first_editions").finditer(text):
        found.setdefault(first[0][-1], 1)
    return found


def is_edition(text: str) -> bool:
    """An edition's number printed with 第 (第十二届, 第二次, 第三期): the name of one event
    of a series; so is a term's session printed without 第 (六届五次全委会议, 二届一次委员
    会议), the way union reports number a committee's meetings. (首届 alone is not read
    here: a first edition needs no other proper element to be one event.)"""
    m = _numbered().search(text)
    if m is None:
        return False
    words("edition_units").found(m["unit"] or "届")
    return True


def other_edition(known: str, name: str) -> bool:
    """The two names hold different numbers of one unit (首届…运动会, 第二届…运动会):
    two events of a series, never one printed twice."""
    ours, theirs = editions(known), editions(name)
    return any(unit in theirs and theirs[unit] != n for unit, n in ours.items())
