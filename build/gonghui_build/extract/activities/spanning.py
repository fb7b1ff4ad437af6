"""The event held over days that an activity reported after it falls within: a course's
sessions, a contest's rounds and ceremonies, a campaign's or a delegation's programme."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.facts import ActivityFact, ResolvedDate
from gonghui_build.vocabulary import Category, Precision, Status

#: What a course's days hold: its lectures, site visits and meetings (6月7日至11日
#: …培训班; 6月8日，…作专题辅导).
_SESSIONS = (Category.lecture, Category.visit, Category.meeting)
#: Events over days whose days hold parts of any kind: a contest's exam, stage and closing
#: ceremony (10月12日至14日…大赛…。14日下午举行闭幕式), a campaign's or a series' talks, visits
#: and services (3月1日至9日…系列活动…。3月4日，…讲座), a delegation's meeting and site visits
#: (11月16日至17日…交流学习活动。16日下午，…座谈会). The tuning gold (real_dev, real_dev2,
#: real_dev3, real_dev7, real_dev14, real_dev17, real_dev28, real_dev34) makes 28 of the 29
#: such parts of contests and campaigns parts of the event (ANNOTATION.md: parts of a course
#: or a campaign name it as parent).
_PROGRAMMES = (Category.competition, Category.campaign)


def event_spanning(out: list[ActivityFact], draft: ActivityDraft, when: ResolvedDate) -> int | None:
    """The latest event read before, held over days that include the day of this one:
    a course for its sessions, a contest or a campaign for a held part of any kind."""
    if draft.status != Status.held or when.start_precision != Precision.day or not when.start:
        return None
    for i in range(len(out) - 1, -1, -1):
        if _holds(out[i], draft, when):
            return i
    return None


def _holds(event: ActivityFact, draft: ActivityDraft, when: ResolvedDate) -> bool:
    """``event`` is held over days that include ``when``, and is of a kind whose days
    hold ``draft``. A programme over the very days of the draft is another telling of it
    (3月1日至9日…开展各类活动), not its part; one that is itself part of another (a
    contest's stage) leaves its days to the whole (real_dev7, real_dev34: the closing
    ceremony is the contest's)."""
    d = event.date
    if event.category == Category.training:
        return (
            draft.category in _SESSIONS
            and d.end_precision == Precision.day
            and d.start <= when.start <= d.end
        )
    return (
        event.category in _PROGRAMMES
        and event.parent is None
        and event.status != Status.planned
        and _spans_days(d)
        and (when.start, when.end) != (d.start, d.end)
        and d.start <= when.start <= d.end
    )


def _spans_days(date: ResolvedDate) -> bool:
    """Dated from one day to a later one (10月12日至14日)."""
    return (
        date.start_precision == Precision.day
        and date.end_precision == Precision.day
        and bool(date.start)
        and bool(date.end)
        and date.start < date.end
    )
