"""Facilities opened: a station, home or reading room for workers that a union opens (两个
工会服务站近日挂牌, 园区职工书屋正式对外开放, 新建的三家户外劳动者驿站本周起全面对外开放) is an
activity of its own, named by the facility. Its ceremony (揭牌仪式) is a trigger word
and names the event itself. (A facility only said to be built, 建起“某某驿站”, is not
read: on the measuring sets that shape found more reports of totals and service points
than events.)"""

from __future__ import annotations

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
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
            if _counted_after(text, end):
                continue  # 已有“职工书屋”三十家对外开放: a running total, no event
            words("facility_heads").note_in(m["name"])
            out.append(Mention(start, end, "", Category.other, True))
    return out
