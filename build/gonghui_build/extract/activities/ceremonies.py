"""The event an opening or closing ceremony printed by its word alone belongs to
(…那达慕在某广场开幕。…出席开幕式; …培训班在某地结业。…出席结业典礼): reports name such a
ceremony to say who came, and it is a day of the event reported just before it."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import category_of, words
from gonghui_build.extract.facts import ResolvedDate
from gonghui_build.vocabulary import Category, DateBasis, Precision, Status

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


def contest_opened(draft: ActivityDraft, found: list[ActivityDraft]) -> ActivityDraft:
    """A contest reported by its opening ceremony (某区第二届职工趣味运动会开幕式在某中心
    举行, 在城北区举办职工篮球联赛开幕式): the games are what the text reports, the teams
    compete in them, and no other row names them (real_dev10 gives such a 联赛开幕式 as
    the contest; real pages of three city unions' games print the lead so). A course's
    opening (…培训班开班仪式) stays a ceremony of its own, as the seeds' gold has it, and so
    does the opening of a contest already read (…运动会开幕。…开幕式在某体育馆举行)."""
    name = draft.name or ""
    opening = words("opening_words").ending(name)
    if opening is None or draft.category != Category.meeting:
        return draft
    contest = name[: -len(opening)]
    trigger = words("categories").ending(contest)
    if trigger is None or category_of(trigger) != Category.competition:
        return draft
    if any(d.name and (d.name in contest or contest in d.name) for d in found):
        return draft
    return replace(
        draft,
        name=contest,
        trigger=trigger,
        trigger_end=draft.trigger_end - len(opening),
        category=Category.competition,
    )


def closing_day(draft: ActivityDraft, event: ResolvedDate) -> ResolvedDate | None:
    """A closing ceremony (结业典礼, 闭幕式) with no date of its own, of an event printed
    with its last day (a course from 30 May to its 结业 on 28 June), is held on that day
    (real_dev2's gold); None for any other activity, or an event whose end is no day."""
    if draft.trigger not in words("closing_ceremonies") or event.end_precision != Precision.day:
        return None
    return ResolvedDate(event.end, Precision.day, None, None, DateBasis.parent)


#: Words after a ceremony that set a session beside it, not in it (闭幕式前, 开幕式后).
_BESIDE = ("之前", "之后", "前", "后")


def _ceremony_opening(text: str) -> str | None:
    """The ceremony word ``text`` opens with (闭幕式, 开班仪式, 颁奖仪式, 结业典礼), the
    longest of the three lists' words."""
    lists = ("opening_words", "ceremony_words", "closing_ceremonies")
    said = [w for name in lists if (w := words(name).starting(text))]
    return max(said, key=len, default=None)


def beside_ceremonies(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """A session whose sentence opens on a ceremony and a word of before or after it
    (闭幕式前，某某为选手作了…讲座) is a part of the event the ceremony belongs to, not of
    the ceremony: it was held beside it (real_dev28's gold: a contest's talk before its
    closing, a part of the contest). A session told at the ceremony (闭幕式上) stays its."""
    out = list(found)
    for i, d in enumerate(found):
        if d.parent is None or found[d.parent].parent is None:
            continue
        ceremony = found[d.parent]
        if not (
            _frames_event(ceremony.trigger) or words("ceremony_words").ending(ceremony.trigger)
        ):
            continue
        opening = texts[d.paragraph][d.sentence[0] : d.sentence[1]]
        said = _ceremony_opening(opening)
        if said and said in ceremony.name and opening[len(said) :].startswith(_BESIDE):
            out[i] = replace(d, parent=ceremony.parent)
    return out
