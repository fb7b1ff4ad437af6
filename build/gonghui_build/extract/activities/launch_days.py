"""A campaign, a season of visits or a contest launched in a sentence that gives no date
(为让一线职工温暖过冬，县总工会启动“冬送暖”慰问活动。), its first occasion told in the next
sentence with its day (2023年12月18日上午，县总工会主席…来到某公司…): it starts on that
day. County and city unions' pages of their winter visits open so (real_dev9's gold:
2023-12-18); s45 dates10. A later sentence is no start: only the one right after, opening
with its day."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.dates.expressions import DateText, find_dates
from gonghui_build.vocabulary import Status

#: What may stand between the launch verb and the name (启动“冬送暖”, 启动了).
_BETWEEN = "了“”《》 "


def dated_by_next_sentence(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` with each activity launched undated (启动…活动。) dated by the day the
    sentence right after it opens with."""
    return [_dated(texts[d.paragraph], d) if _launched_undated(texts, d) else d for d in found]


def _launched_undated(texts: list[str], d: ActivityDraft) -> bool:
    """A held activity with no date whose name follows a launch verb (启动): a campaign,
    a season of visits or volunteering, a contest, whatever its kind."""
    if d.date is not None or d.status != Status.held:
        return False
    before = texts[d.paragraph][d.sentence[0] : d.name_start].rstrip(_BETWEEN)
    verb = words("launch_verbs").ending(before)
    if verb is not None:
        words("launch_verbs").found(verb)
    return verb is not None


def _dated(text: str, d: ActivityDraft) -> ActivityDraft:
    """``d`` dated by the day the next sentence opens with, if it opens with one."""
    start = d.sentence[1]
    while start < len(text) and text[start].isspace():
        start += 1
    first = _opening_day(text[start:])
    return d if first is None else replace(d, date=first.moved(start))


def _opening_day(sentence: str) -> DateText | None:
    """The date a sentence opens with, when it names a month and a day (12月18日上午,
    2023年12月18日): no bare day, relative word or holiday."""
    found = find_dates(sentence[:40])
    if not found or found[0].start != 0:
        return None
    d = found[0]
    ok = d.month is not None and d.day is not None and not d.holiday and d.relative is None
    return d if ok else None
