"""The next round of a course or series, announced (第二期将于9月在绵阳举办, 下一讲将于6月在
三里屯街道举行): a planned activity of its own, though told by its ordinal and unit alone,
which name it for no reader (no title). Only as the subject of a plan opening its clause:
第二期培训班 has a name, and 第二期学员 are people."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import FILE, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.text.clauses import clauses


def _units() -> dict[str, object]:
    return lexicon.keyed(FILE, "next_round_units")


@functools.cache
def _next_round() -> re.Pattern[str]:
    ordinals = words("next_round_ordinals").pattern
    units = "|".join(map(re.escape, _units()))
    plan = date_words("plan_after_subject").pattern
    return re.compile(rf"(?:{ordinals})(?P<unit>{units})(?=还?(?:{plan}))")


def is_next_round(name: str) -> bool:
    """第二期, 下一讲: a round told by its ordinal and unit alone, no title."""
    m = _next_round().match(name + "将于")
    return m is not None and m.end() == len(name)


def next_rounds(text: str, lo: int, hi: int) -> list[Mention]:
    """The next rounds the sentence ``text[lo:hi]`` announces, one mention each, spanning
    the ordinal and the unit."""
    out = []
    for c_start, c_end in clauses(text, lo, hi):
        m = _next_round().match(text, c_start, c_end)
        if m is not None:
            words("next_round_ordinals").note_in(m[0])
            out.append(Mention(m.start(), m.end(), "", _units()[m["unit"]], True))
    return out
