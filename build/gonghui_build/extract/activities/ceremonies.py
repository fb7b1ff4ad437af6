"""The event an opening or closing ceremony printed by its word alone belongs to
(…那达慕在某广场开幕。…出席开幕式; …培训班在某地结业。…出席结业典礼): reports name such a
ceremony to say who came, and it is a day of the event reported just before it."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Category, Status

#: What a ceremony never opens: a session of a course (a lecture, a visit, a talk).
_SESSIONS = (Category.lecture, Category.visit, Category.meeting)


def is_ceremony_word(word: str, closing: str) -> bool:
    """An opening ceremony's word (开幕式, 开班仪式) or one of the list ``closing`` of
    ``reference/activities.yaml`` (``closing_ceremonies`` here, ``ceremony_words`` for
    :mod:`.attended_openings`: the note there says why the two lists differ)."""
    return bool(words("opening_words").ending(word)) or word in words(closing)


def _frames_event(word: str) -> bool:
    """An opening or closing ceremony's word (开幕式, 结业典礼): a day of an event."""
    return is_ceremony_word(word, "closing_ceremonies")


def event_framed(found: list[ActivityDraft], draft: ActivityDraft) -> int | None:
    """The event a bare ceremony (:func:`_frames_event`) opens or closes: the latest held in
    its paragraph or the one before (…那达慕在某广场开幕。…出席开幕式), no ceremony or
    session itself."""
    if not _frames_event(draft.trigger):
        return None
    for i in range(len(found) - 1, -1, -1):
        d = found[i]
        if d.paragraph < draft.paragraph - 1:
            return None
        if d.status == Status.held and not _frames_event(d.trigger) and d.category not in _SESSIONS:
            return i
    return None
