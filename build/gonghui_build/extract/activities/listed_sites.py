"""The first of a list of sites gone round is no place of the activity that went round
them (慰问活动，先后走访了县交警大队、县环卫所和县自来水公司): each site is a stop of its
own, and the campaign, or the visit as a whole, was held at none of them. The tuning gold
gives such rounds no place (real_dev10: 先后来到市自来水厂、城区建筑工地和交警岗亭;
real_dev11: 先后到某项目工地和某环卫所), as ANNOTATION.md keeps a place only where the
text gives one; a list closed as one place (走访A区、B区、C区的困难职工) is read whole by
:func:`.places._list_end` before this."""

from __future__ import annotations

from typing import Protocol

from gonghui_build.extract.activities.grammar import LIST_JOINERS, words
from gonghui_build.text.clauses import clause_start


class _Site(Protocol):
    start: int
    end: int
    site: bool
    going: bool


def first_of_sites(text: str, place: _Site, end: int) -> bool:
    """Whether ``place`` is a site gone to or round (来到, 深入, 参观, 走访) that opens a list
    the reading of places left open at ``end`` (the next words are 、 or 和 and another
    site), after a word of successive stops in its clause (先后走访了A、B和C, 先后深入A、B和C:
    one round of them, ``tour_adverbs``). Without that word (一行走访了A和B的两户困难劳模
    家庭, 参观了A、B) each site is a visit of its own and the first is at A, as the tuning
    gold reads them (real_dev7)."""
    if not (place.site or place.going) or text[end : end + 1] not in LIST_JOINERS:
        return False
    return words("tour_adverbs").in_text(text[clause_start(text, place.start) : place.start])
