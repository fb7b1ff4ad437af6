"""The parts of a year a date may name by their months: halves and quarters (下半年,
三季度: ``dates.yaml`` half_years) and the schools' holidays (暑期: July and August,
``school_holidays``), and when the holidays date a clause rather than name a kind of
service (职工子女暑期托管)."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon


@functools.cache
def year_parts() -> dict[str, tuple[int, int]]:
    """The parts of a year read by their months: halves and quarters (下半年, 三季度) and
    the schools' summer holidays (暑期: July and August)."""
    data = lexicon.load("dates.yaml")
    return {**data.half_years, **data.school_holidays}


#: What may stand right before the schools' holidays when they date the clause: its
#: start, a mark, 在 or 于 (在暑期开设…), or the year they are of (今年暑期, 2024年暑期).
_BEFORE_A_HOLIDAY = frozenset("，。；：、“（( 　\n在于年")


def stands_as_a_time(match: re.Match[str]) -> bool:
    """A half of a year always does; the schools' holidays (暑期) only after the start of
    a clause, 在, 于 or a year: after a noun they name the kind of a service (职工子女暑期
    托管, 暑期托管班 listed among a campaign's services), not when the clause's deed was."""
    if match.group("half") not in lexicon.load("dates.yaml").school_holidays:
        return True
    at = match.start("half")
    return at == 0 or match.string[at - 1] in _BEFORE_A_HOLIDAY


def ends_with_school_holidays(date_text: str) -> bool:
    """A date written as the schools' holidays (暑期, 2024年暑期): in a name, the kind of
    what is held (暑期托管班, 暑期研学活动), which stays part of the name."""
    return any(date_text.endswith(h) for h in lexicon.load("dates.yaml").school_holidays)
