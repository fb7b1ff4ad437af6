"""A kind of activity launched at a time, told as the subject of its clause: 今年的评选活动
自6月启动，经…等环节，从…中产生 (a city union's post announcing its best workers: the
selection that led to the ceremony). A kind that needs a name (评选活动, 活动) is one
event when the clause reports it launched on a day or in a month, as a kind reported held
at a venue is (:func:`.reported_held.held_as_subject`); the tuning gold of real_dev6 keeps
it, a campaign. Only the year it runs in may stand before it (今年的, 2022年): a
demonstrative (本次, 此次) names an activity read before, and words of another clause
(在…启动之际) no event of its own.
"""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.specific_names import without_modifiers
from gonghui_build.text.clauses import clause_start
from gonghui_build.text.numbers import MONTH_OR_DAY

#: The year a kind runs in, the only words before it in its clause (今年的, 2022年度).
_OWN_YEAR = re.compile(r"(?:今年|本年度|\d{4}年度?)的?")
#: The fewest characters of its own a kind needs before its trigger (评选 in 评选活动): a
#: bare 活动 launched (活动自4月启动以来) is the campaign just named, told again.
_OWN_WORDS = 2


@functools.cache
def _launched_at() -> re.Pattern[str]:
    """自6月启动, 于3月10日正式启动, 自今年5月起启动: a time (from, on or in a month or a
    day), then a verb of launching (``launch_verbs``) closing the clause or going on to
    以来 (自6月启动以来)."""
    month = rf"(?:今年|\d{{4}}年)?{MONTH_OR_DAY}月(?:{MONTH_OR_DAY}日)?"
    verb = words("launch_verbs").pattern
    return re.compile(rf"[自于从]{month}(?:起|开始)?(?:{verb})(?:以来)?(?=[，。；]|$)")


def launched_as_subject(text: str, s_start: int, start: int, t_start: int, t_end: int) -> bool:
    """Whether the kind ``text[start:t_end]`` (its trigger at ``t_start``), with words of
    its own before the trigger (评选活动, not 活动 alone), opens its clause (after its year
    at most) and the clause reports it launched at a time (see the module's docstring)."""
    before = text[clause_start(text, start, s_start) : start].strip("“ ")
    if before and not _OWN_YEAR.fullmatch(before):
        return False
    if len(without_modifiers(text[start:t_start])) < _OWN_WORDS:
        return False  # 活动自4月启动以来: the campaign just named, told again
    return _launched_at().match(text, t_end) is not None
