"""The edition a name holds (首届, 第二届, 第三期, 六届五次): the number of one event of a
series. Two names of one series that hold different editions (首届职工运动会 and 第二届职工
运动会, told in one article as last year's and this year's) are two activities, each
with its own date and count, however alike the rest of their words (ANNOTATION.md:
one row per event)."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.numbers import chinese_to_int

#: The numerals of an edition or a count of rounds (第十二届, 两期), in Chinese characters.
NUMERALS = "一二三四五六七八九十两百千"
_NUMBER = rf"(?:\d+|[{NUMERALS}]+)"


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_to_int(text)


def editions(text: str) -> dict[str, int]:
    """The edition numbers a name holds, by unit (届, 次, 期): 第十二届 → {届: 12}, 首届
    → {届: 1}, a term's session printed without 第 (六届五次) → {届: 6, 次: 5}."""
    units = "".join(words("edition_units"))
    found: dict[str, int] = {}
    for m in re.finditer(rf"第({_NUMBER})([{units}])|({_NUMBER})(届)({_NUMBER})次", text):
        if m[1]:
            found.setdefault(m[2], _number(m[1]) or 0)
        else:
            found.setdefault("届", _number(m[3]) or 0)
            found.setdefault("次", _number(m[5]) or 0)
    for first in words("first_editions").finditer(text):
        found.setdefault(first[0][-1], 1)
    return found


def is_edition(text: str) -> bool:
    """An edition's number (第十二届, 第二次, 第三期, 首届): the name of one event of a
    series; so is a term's session printed without 第 (六届五次全委会议, 二届一次委员会议),
    the way union reports number a committee's meetings."""
    units = "".join(words("edition_units"))
    m = re.search(rf"第{_NUMBER}([{units}])", text) or re.search(rf"{_NUMBER}(届){_NUMBER}次", text)
    if m is None:
        return False
    words("edition_units").found(m[1])
    return True


def other_edition(known: str, name: str) -> bool:
    """The two names hold different numbers of one unit (首届…运动会, 第二届…运动会):
    two events of a series, never one printed twice."""
    ours, theirs = editions(known), editions(name)
    return any(unit in theirs and theirs[unit] != n for unit, n in ours.items())
