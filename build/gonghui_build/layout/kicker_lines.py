"""A place's kicker printed on its headline's line.

A national or provincial workers' paper sets the place an item comes from over its
headline (``山东青岛`` / ``码头上建起“清凉驿站”``), and the tuning sets' gold reads that
place as the kicker (``real_dev``, ``real_dev3``, ``real_dev5``). An e-paper's text layer
or a PDF copy may put the two on one line, a blank between them (``山东青岛　码头上建起
“清凉驿站”``): the place is still the kicker and the rest the headline. The place is a
division of China by its name or short name, or two of them (a province, then a city or a
county: ``四川雅安``); a phrase merely ending as a place does (``建设美丽新城区``) is no
kicker, and a headline of two phrases (``劳模工匠走进咖啡园 技术服务送到田间地头``) opens
with none. One blank after a single place may be an OCR space inside the headline's
subject (``北京市 总工会召开…``): only a wide gap, or a blank after two places, ends a
kicker.
"""

from __future__ import annotations

import re

from gonghui_build.layout.display import is_display_text
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.text import places
from gonghui_build.text.chars import ends_sentence, without_spaces

#: A short place, blanks, then the rest of the line.
_PLACE_THEN_HEAD_RE = re.compile(r"^\s*(?P<place>[\u4e00-\u9fff]{2,8})(?P<gap>[ \t\u3000]+)(?=\S)")
#: Fewest characters of the headline after the place.
HEAD_MIN = 6
#: Fewest characters of each of two divisions named one after the other (``山东`` ``青岛``).
_PART_MIN = 2


def names_places(word: str) -> bool:
    """``word`` names a division of China (``延庆``, ``雅安市``) or two, one after the
    other (``山东青岛``, ``四川凉山``)."""
    return places.names_division(word) or _two_places(word)


def _two_places(word: str) -> bool:
    return any(
        places.names_division(word[:k]) and places.names_division(word[k:])
        for k in range(_PART_MIN, len(word) - _PART_MIN + 1)
    )


def _kicker_gap(place: str, gap: str) -> bool:
    """A gap that parts a kicker from its headline: a wide one, or one blank after two
    places (``山东青岛 码头…``). One blank after one place may be an OCR space inside
    the headline's subject (``北京市 总工会召开…``), no kicker's end."""
    return gap != " " or _two_places(place)


def kicker_head_start(text: str) -> int | None:
    """Where the headline starts when a place's kicker opens its line (``山东青岛　码头上
    建起…``), if one does: the place alone before the blank, a headline after it."""
    match = _PLACE_THEN_HEAD_RE.match(text)
    if not match or not names_places(match.group("place")):
        return None
    if not _kicker_gap(match.group("place"), match.group("gap")):
        return None
    head = text[match.end() :]
    compact = without_spaces(head)
    if len(compact) < HEAD_MIN or ends_sentence(compact) or furniture_kind(head):
        return None
    return match.end() if is_display_text(head) else None
