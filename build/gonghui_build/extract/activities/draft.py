"""An activity as the finder reads it from one article, before its date and organiser
are resolved. Frozen: each rule that learns more about it returns a new draft."""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.extract.dates.expressions import DateText
from gonghui_build.extract.facts import Participants
from gonghui_build.vocabulary import Category, Status


@dataclass(frozen=True)
class ActivityDraft:
    """Offsets are in the text of the paragraph ``paragraph`` (its index in the body)."""

    paragraph: int
    trigger: str
    category: Category
    name: str
    name_start: int
    trigger_end: int
    sentence: tuple[int, int]
    status: Status
    date: DateText | None = None
    date_from_parent: str | None = None  # "first_day" | "within"
    course_day: int | None = None  # 第二天 in its course: the day of the course it is held on
    participants: Participants | None = None
    duration_days: float | None = None
    duration_text: str | None = None
    place: str | None = None
    organiser_text: str | None = None
    organiser_offset: int | None = None
    parent: int | None = None  # index of the parent in the article's activities
    mentions: tuple[tuple[int, int, int], ...] = ()  # later mentions: paragraph, span
    titled: bool = True  # ``name`` is a title a reader would use, not a clause
