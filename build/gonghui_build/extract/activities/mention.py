"""One activity mention of a sentence: where its name runs, its trigger word and what
kind of activity it names (shared by the finders of :mod:`.mentions` and
:mod:`.facilities`)."""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.vocabulary import Category


@dataclass(frozen=True)
class Mention:
    start: int  # name start, in the paragraph
    end: int  # trigger end
    trigger: str
    category: Category
    specific: bool  # has a name of its own (not 此次培训, 活动)
    title: str | None = None  # the title a talk is given under (以“…”为题作专题辅导)
    audience: bool | None = None  # a session told by its teacher: to an audience (为学员)?
    list_start: int | None = None  # where the list it is an item of opens (开展了A、B等)
    # a facility's opening, named by the facility: 该 before it (该工作室日前刚刚揭牌)
    # points back at the facility, not at an activity
    opening: bool = False
