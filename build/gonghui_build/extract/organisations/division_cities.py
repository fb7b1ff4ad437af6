"""A body of a Xinjiang Corps division and the city it runs printed by their joint short
form (师市总工会, 师市人社局): the division and city the article names in full.

A division and its city are one administration (师市合一: 第八师石河子市), and the
division's pages name its bodies once in full (第八师石河子市总工会, 八师石河子市总工会)
and then by 师市 (``org_suffixes.yaml``: ``division_city_short``). Read only when the
article names one division and city: two leave the short form as printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places

#: The code that opens the Corps' cities in the divisions of China (6590xx: 石河子市…).
CORPS_CITY_CODE = "6590"


def _division_city(name: str) -> str | None:
    """第八师石河子市 of 第八师石河子市总工会: a division (``corps_divisions``) and a Corps
    city that open ``name``, or None."""
    division = words("corps_divisions").starting(name)
    if division is None:
        return None
    end = name.find("市", len(division))
    if end < 0:
        return None
    city = name[len(division) : end + 1]
    if not any(d.code.startswith(CORPS_CITY_CODE) for d in places.lookup(city)):
        return None
    return name[: end + 1]


def division_city_form(written: str, names: Iterable[str]) -> str | None:
    """The full name ``written`` (师市总工会) stands for among the article's ``names``:
    the one division and city they open with, then the rest of ``written``; None when
    ``written`` is no such short form or the article names none or several."""
    short = words("division_city_short").starting(written)
    if short is None or len(written) == len(short):
        return None
    found = {d for d in map(_division_city, names) if d is not None}
    if len(found) != 1:
        return None
    return found.pop() + written[len(short) :]
