"""Wages recovered for a group, told with no activity noun: 为2300余名农民工讨回欠薪1200余万元,
终于在年前为民工们讨回了全部工资, 帮助二百余名农民工追回工资. The union (or its lawyers)
took the workers' claim up and got their pay back: one event, its group counted where
the text counts it (the tuning gold of real_dev2 and real_dev5 has such rows, kind other).
Read only in a sentence that reports no other activity (a campaign's 为…追回工资 is that
campaign's result), not after an adverb of habit or duty (积极为农民工讨回工资), and, for
a group not counted, only when 了 closes the verb: 帮助职工追回欠薪…万元 after a station's
other figures is a tally of the year (the tuning gold of real_dev2 has no row for it)."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category


@functools.cache
def _recovered() -> re.Pattern[str]:
    """为 (or 帮助), the group, a verb of getting back and what was got back, to the
    clause end."""
    prepositions = words("recovery_prepositions").pattern
    verbs = words("recovery_verbs").pattern
    return re.compile(
        rf"(?P<prep>{prepositions})(?P<group>[^，。；：“”]{{1,20}}?)(?P<verb>{verbs})(?P<done>了)?"
        rf"(?P<what>[^，。；：]{{1,20}})"
    )


def recoveries(text: str, lo: int, hi: int) -> list[Mention]:
    """The wages recovered for a group in the sentence ``text[lo:hi]``, one mention each
    from 为 to the end of what was got back; none when what was got back is no pay, nor
    for an uncounted group unless 了 closes the verb (one case told, not a tally)."""
    out: list[Mention] = []
    for m in _recovered().finditer(text, lo, hi):
        if not words("recovered_pay").in_text(m["what"]):
            continue  # 为企业追回损失: no workers' pay
        if words("service_habits").ending(text[lo : m.start()]):
            continue  # 积极为农民工讨回工资: a habit or a duty, no event
        if not (m["done"] or patterns().total.search(m["group"])):
            continue  # 接待…人次，帮助职工追回欠薪…万元: a station's tally, no one case
        words("recovery_verbs").found(m["verb"])
        out.append(Mention(m.start("prep"), m.end(), "", Category.other, True))
    return out
