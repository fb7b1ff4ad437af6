"""The end of an activity's run told in a later clause of its sentence, one with no
subject of its own (此次系列活动共安排…12项内容，持续到10月底; “暖冬”行动在某广场启动，
将持续至明年2月底): the clause speaks of what the sentence is about, the activity its
first mention names. The until-phrase right after a mention (活动将持续到6月底) is read by
:func:`.attributes.extend_to`."""

from __future__ import annotations

from gonghui_build.extract.activities.attributes import extend_to
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import clause_end


def _closed_on(text: str, at: int, end: int) -> bool:
    """The clause from ``at`` to ``end`` is a date and a closing verb (``2月8日结束``):
    after a bare 至 it tells the day the activity closed (…自1月15日启动，至2月8日结束: a
    district union's winter campaign, s51 acts66), not where someone went."""
    first = next(iter(find_dates(text[at:end])), None)
    if first is None or first.start != 0 or first.month is None:
        return False
    return words("closing_verbs").starting(text[at:end].lstrip(), first.end) is not None


def later_until(text: str, after: int, s_end: int) -> int | None:
    """Where the first clause after the clause holding ``after`` that opens with an
    until word of two or more characters (持续到, 延续至: a bare 到 opens a clause of
    going somewhere, unless a date and a closing verb follow it: 至2月8日结束) starts,
    its adverbs (将, 并将一直) before it; None when none does."""
    pos = clause_end(text, after, s_end)
    while pos < s_end - 1 and text[pos] in "，,":
        start = pos + 1
        opener = words("until_clause_openers").starting(text, start) or ""
        until = words("until_words").starting(text, start + len(opener))
        at = start + len(opener) + len(until or "")
        if until is not None and (
            len(until) > 1 or _closed_on(text, at, clause_end(text, at, s_end))
        ):
            if opener:
                words("until_clause_openers").found(opener)
            return start
        pos = clause_end(text, start, s_end)
    return None


def _read_from(found: list[ActivityDraft], paragraph: int, m: Mention) -> int | None:
    """The activity read from mention ``m``: the one it named first or again."""
    for k in range(len(found) - 1, -1, -1):
        d = found[k]
        if (d.paragraph == paragraph and d.trigger_end == m.end) or (
            paragraph,
            m.start,
            m.end,
        ) in d.mentions:
            return k
    return None


def ended_later(
    found: list[ActivityDraft], paragraph: int, text: str, span: tuple[int, int], first: Mention
) -> tuple[int, ActivityDraft] | None:
    """The activity the sentence's first mention ``first`` names, with the end a later
    clause of the sentence gives it (…，持续到10月底), or None."""
    start = later_until(text, first.end, span[1])
    k = _read_from(found, paragraph, first) if start is not None else None
    if start is None or k is None:
        return None
    extended = extend_to(found[k], text[start : span[1]])
    return (k, extended) if extended is not found[k] else None
