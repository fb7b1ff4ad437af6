"""Two events named one after the other with a 、 (同时举办某区综合招聘会、某某就业论坛):
where the second one's name starts. Kept apart from naming, whose other cuts (verbs,
conjunctions, attributes) this one follows."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.text.clauses import in_spans


def enumeration_cut(region: str, quoted: list[tuple[int, int]], cut: int) -> int:
    """After a 、 whose item ends with a trigger word (同时举办某区综合招聘会、某某就业
    论坛): two events named one after the other, each with a name of its own. An item
    that is no activity's name (职工篮球、乒乓球比赛: sports of one match) stays in the
    name, and so does a list closed by 等 (讲座、比武等系列活动: naming's list cut reads it)."""
    for m in re.finditer("、", region):
        before = region[cut : m.start()]
        if (
            m.start() > cut
            and not in_spans(m.start(), quoted)
            and "等" not in region[m.end() :]
            and _ends_with_trigger(before)
        ):
            cut = m.end()
    return cut


def _ends_with_trigger(words_before: str) -> bool:
    """Whether a trigger word naming an event (…综合招聘会, 插花活动, not 走访慰问) ends
    the text; a stage of one contest (分初赛、复赛、决赛) or a head that needs a name is
    none, unless the head is an activity's (活动) with a name of its own before it."""
    if not words("enumerated_heads").ending(words_before):
        return False
    trigger = patterns().trigger
    ending = [
        m[0]
        for k in range(max(0, len(words_before) - 8), len(words_before))
        if (m := trigger.match(words_before, k)) and m.end() == len(words_before)
    ]
    bare = words("needs_name").words + words("stage_words").words
    if ending and ending[0] in words("campaign_heads").words:
        # 插花活动、剪纸活动和…赠送活动: an activity under a name of its own (two characters
        # or more before its head), not the bare head a later mention uses
        return len(words_before) - len(ending[0]) >= 2
    return bool(ending) and ending[0] not in bare
