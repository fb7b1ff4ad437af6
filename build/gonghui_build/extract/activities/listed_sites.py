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

#: 分别到A、B和C走访慰问: each site gone to in turn, like a word of successive stops; kept
#: out of ``tour_adverbs``, which also makes a visit each of 参观了A、B one (s43 acts53).
_RESPECTIVELY = "分别"
#: 到 alone, no going verb of ``going_verbs`` (到 also dates and counts), is one after a
#: word of successive or respective stops (分别到A、B, 先后到A和B).
_TO = "到"


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


def round_of_listed_sites(text: str, place: _Site, end: int) -> bool:
    """Whether ``text[place.start:end]``, a site gone to (来到, or 到 alone)
    read whole with the sites listed after it (先后来到A和B, 分别到A、B和C走访
    慰问), is a round of them after a word of successive or respective stops
    in its clause: the round, one visit, was held at none of them, as the
    tuning gold gives 先后来到A、B和C no place (real_dev10) and ANNOTATION.md
    keeps a place only where the text gives one. A list closed as one place
    with no such word (走访A街道、B街道的困难职工) is kept."""
    if not (place.site or place.going or text[place.start - 1 : place.start] == _TO):
        return False
    if not any(j in text[place.start + 1 : end - 1] for j in LIST_JOINERS):
        return False
    clause = text[clause_start(text, place.start) : place.start]
    return bool(words("tour_adverbs").in_text(clause)) or _RESPECTIVELY in clause


def stops_of_visit_before(text: str, visits_before: list[tuple[int, int]], start: int) -> bool:
    """Whether a going to sites at ``start`` (先后来到A和B) tells the stops of the visit
    whose mention ends in the clause just before, a comma and a word of successive stops
    between (参观红色教育基地，先后来到A和B，重温入党誓词): one outing, as ANNOTATION.md
    reads a delegation's sites in one sentence, not a second visit."""
    for _, end in visits_before:
        between = text[end:start]
        if between[:1] == "，" and words("tour_adverbs").ending(between[1:]) == between[1:]:
            return True
    return False
