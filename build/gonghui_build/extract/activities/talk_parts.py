"""A talk given under a title at an event just reported (某某职工读书分享会在某书屋举行。
…作家某某以“…”为题，与职工分享创作心得): the talk is a part of that event, as a course's
titled lectures are parts of the course. The tuning gold gives every titled talk told
after an event held the event before it as its parent (real_dev24's reading event, the
courses of real_dev, real_dev4, real_dev7 and others, real_dev4's Women's Day event)."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import TALK_TITLE
from gonghui_build.vocabulary import Category, Status

#: 以“…”为题, 以《…》为题 (the one form, ``grammar.TALK_TITLE``), 作了题为《…》的报告: a
#: talk told by its title.
_TITLED = re.compile(rf"{TALK_TITLE}|题为[“《]")
#: The kinds of event a talk may be given at (a course's own talks are read before this).
_EVENTS = (Category.other, Category.meeting)


def talk_at_event(found: list[ActivityDraft], draft: ActivityDraft, sentence: str) -> int | None:
    """The event a titled talk is given at: the activity read last, an event held (not
    planned: a plan has no talk given yet), the talk told by its title in ``sentence``
    and on no day of its own (a talk dated apart is an event of its own); else None."""
    if draft.category != Category.lecture or not found or not _TITLED.search(sentence):
        return None
    last = len(found) - 1
    event = found[last]
    if event.category in _EVENTS and event.status == Status.held and draft.date is None:
        return last
    return None
