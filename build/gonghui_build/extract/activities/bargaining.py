"""Rounds of collective bargaining: a dated round a union held with the management
(今年3月，某公司工会与管理方完成了第七轮工资集体协商; 10月，某县总工会组织12家企业开展行业
工资集体协商) is an event, kind meeting: the two sides sit at one table on a day. An
undated one (推动企业开展工资集体协商, 介绍了开展工资集体协商的做法) is the union's standing
work, or a topic, and is not read."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.vocabulary import Category


@functools.cache
def _round_held() -> re.Pattern[str]:
    """A verb of holding, then the round's name (第七轮, 行业) and its head, closing its
    clause: not a topic (…协商的做法, …协商制度, …协商中)."""
    return re.compile(
        rf"(?:{words('bargaining_verbs').pattern})了?"
        rf"(?P<name>[^，。；：“”的]{{0,8}}?(?:{words('bargaining_heads').pattern}))"
        r"(?=[，。；]|$)"
    )


def bargaining_rounds(text: str, lo: int, hi: int) -> list[Mention]:
    """The rounds of bargaining the sentence ``text[lo:hi]`` reports held on a date it
    gives before them, one mention each, spanning the round's name."""
    out: list[Mention] = []
    for m in _round_held().finditer(text, lo, hi):
        if not any(d.month or d.day for d in find_dates(text[lo : m.start()])):
            continue  # 推动企业普遍开展工资集体协商: standing work, no day
        words("bargaining_verbs").note_in(m[0])
        words("bargaining_heads").note_in(m["name"])
        out.append(Mention(*m.span("name"), "", Category.meeting, True))
    return out
