"""Facilities opened: a station, home or reading room for workers that a union opens (两个
工会服务站近日挂牌, 园区职工书屋正式对外开放, 新建的三家户外劳动者驿站本周起全面对外开放) is an
activity of its own, named by the facility. Its ceremony (揭牌仪式) is a trigger word
and names the event itself. (A facility only said to be built, 建起“某某驿站”, is not
read: on the measuring sets that shape found more reports of totals and service points
than events.) A facility set up at a venue the clause names (在区职工服务中心开设“职工
心理驿站”, 在某物流园揭牌首个“司机之家”) is one event: the venue makes it one place's,
not a total. A plaque given to a named facility is read by :mod:`.plaques`."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import FACILITY_NAME_CHAR, patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.plaques import plaques_awarded
from gonghui_build.extract.activities.venue_words import is_venue
from gonghui_build.text.clauses import clauses
from gonghui_build.vocabulary import Category


def _counted_after(text: str, end: int) -> bool:
    """The facility's name is followed by its count (已有职工书屋三十家对外开放): a
    total of facilities, not one opened."""
    return bool(patterns().facility_count.match(text, end))


def facilities(text: str, lo: int, hi: int) -> list[Mention]:
    """The facilities the sentence ``text[lo:hi]`` opens, one mention each, spanning the
    facility's name."""
    out: list[Mention] = []
    for c_start, c_end in clauses(text, lo, hi):
        for m in patterns().facility_opened.finditer(text, c_start, c_end):
            start, end = m.span("name")
            if m["venue"] and not is_venue(text, *m.span("venue")):
                continue  # 职工书屋在全区已有三十家对外开放: no one place, a total
            if _counted_after(text, end):
                continue  # 已有“职工书屋”三十家对外开放: a running total, no event
            words("facility_heads").note_in(m["name"])
            words("founded_union_heads").note_in(m["name"])
            out.append(Mention(start, end, "", Category.other, True, opening=True))
    more = set_up_at_venues(text, lo, hi) + plaques_awarded(text, lo, hi)
    more += openings_planned_next(text, lo, hi)
    return out + [m for m in more if not any(o.start < m.end and m.start < o.end for o in out)]


@functools.cache
def _set_up_at() -> re.Pattern[str]:
    """在<venue><verb of setting up>(首个)<facility> closing its clause."""
    head = words("facility_heads").pattern
    bare = FACILITY_NAME_CHAR
    return re.compile(
        rf"在(?P<place>[^，。；：“”]{{2,20}}?)(?:{words('setting_up_verbs').pattern})了?"
        rf"(?:{words('first_words').pattern})?"
        rf"(?P<name>{bare}{{0,8}}“[^”]{{0,12}}(?:{head})”|{bare}{{1,10}}?(?:{head}))(?=[，。；]|$)"
    )


def set_up_at_venues(text: str, lo: int, hi: int) -> list[Mention]:
    """The facilities the sentence ``text[lo:hi]`` sets up at a venue it names, one
    mention each, spanning the facility's name."""
    out: list[Mention] = []
    for m in _set_up_at().finditer(text, lo, hi):
        if not is_venue(text, *m.span("place")):
            continue  # 在全市建成“司机之家”: no one place, a total
        words("setting_up_verbs").note_in(m[0])
        out.append(Mention(*m.span("name"), "", Category.other, True))
    return out


@functools.cache
def _opening_planned_next() -> re.Pattern[str]:
    """“<facility>”，计划于<time>挂牌: a quoted facility closing its clause, then a clause
    with no subject of its own putting the opening ahead."""
    head = f"(?:{words('facility_heads').pattern})"
    return re.compile(
        rf"(?P<name>“[^”]{{0,12}}{head}”)，(?:{words('facility_plan_openers').pattern})"
        rf"[^，。；：“”]{{0,8}}?(?:{words('facility_opening_words').pattern})"
        rf"(?!仪式|典礼|{words('facility_time_words').pattern})"
    )


def openings_planned_next(text: str, lo: int, hi: int) -> list[Mention]:
    """The facilities whose opening the sentence ``text[lo:hi]`` puts ahead in the clause
    after their name (命名成立“某某创新工作室”，计划于今年6月挂牌), one mention each,
    spanning the facility's name: the clause-bound reading of :func:`facilities` never
    sees the name and its opening together (real_dev15's gold: a studio to be unveiled
    in June, kept as planned)."""
    out: list[Mention] = []
    for m in _opening_planned_next().finditer(text, lo, hi):
        words("facility_plan_openers").note_in(m[0])
        out.append(Mention(*m.span("name"), "", Category.other, True, opening=True))
    return out
