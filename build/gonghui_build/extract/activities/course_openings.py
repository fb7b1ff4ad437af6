"""A course's opening ceremony told by the course's full name, with the course itself told
again bare in its sentence (某县2023年第一期工会干部培训班开班仪式在县委党校举行，全县工会
干部120人参加为期3天的培训): two events, the course and its opening, a part of it. Read
as they stood, the ceremony took the course's name and the bare 培训 stood for the course
with no name, so the course's sessions told after (培训期间…作专题讲座) were parts of a
nameless row. Here the course takes its name from the ceremony's words and comes first,
and the ceremony, named by its own word, is its part, dated by its own day. A ceremony
with no bare mention of its course in the sentence (a caption's 某某培训班开班仪式举行) is
left one row, as the seeds' gold has it. Real shapes: e-paper and county news reports of
cadre courses (开班仪式 in the lead, 为期N天的培训 after it)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import category_of, words
from gonghui_build.vocabulary import Category


def _course_of(ceremony: ActivityDraft) -> tuple[str, str] | None:
    """The course's name and the ceremony's word when ``ceremony`` is named
    ``<course>开班仪式`` and the course ends in a training word; None otherwise."""
    opening = words("opening_words").ending(ceremony.name or "")
    if opening is None:
        return None
    course = ceremony.name[: -len(opening)]
    trigger = words("categories").ending(course)
    if trigger is None or category_of(trigger) != Category.training or course == trigger:
        return None
    return course, opening


def _bare_course_after(ceremony: ActivityDraft, other: ActivityDraft) -> bool:
    """``other`` is the course told bare (培训) later in the ceremony's sentence."""
    return (
        other.paragraph == ceremony.paragraph
        and other.sentence == ceremony.sentence
        and other.category == Category.training
        and other.name == other.trigger
        and other.name_start > ceremony.trigger_end
    )


def _renumbered(found: list[ActivityDraft], i: int) -> list[ActivityDraft]:
    """``found`` with rows ``i`` and ``i + 1`` swapped and every parent pointing at them
    pointing at the swapped place."""
    swap = {i: i + 1, i + 1: i}
    out = list(found)
    out[i], out[i + 1] = found[i + 1], found[i]
    return [
        replace(d, parent=swap.get(d.parent, d.parent)) if d.parent is not None else d for d in out
    ]


def courses_opened(found: list[ActivityDraft]) -> list[ActivityDraft]:
    """The course named by its opening ceremony, told bare right after in the sentence,
    as a row of its own before its ceremony, the ceremony its part."""
    out = list(found)
    for i in range(len(out) - 1):
        ceremony, bare = out[i], out[i + 1]
        named = _course_of(ceremony)
        if named is None or not _bare_course_after(ceremony, bare):
            continue
        course, opening = named
        out[i + 1] = replace(
            bare,
            name=course,
            name_start=ceremony.name_start,
            trigger_end=ceremony.trigger_end - len(opening),
            trigger=words("categories").ending(course) or bare.trigger,
        )
        out[i] = replace(
            ceremony,
            name=opening,
            name_start=ceremony.trigger_end - len(opening),
            participants=None,
            duration_days=None,
            duration_text=None,
            parent=i + 1,
        )
        out = _renumbered(out, i)
    return out
