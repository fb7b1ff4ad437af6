"""A numbered meeting an earlier article of the page reported, told again in a later one.

A printed front page often reports a congress's opening in one article and its election
session in the next (某市工会第十三次代表大会开幕; then 某市工会第十三次代表大会举行选举
大会): the later article names the congress again as the frame of its own sessions. It
is one event (ANNOTATION.md: an activity mentioned several times is one row; the tuning
gold of real_dev7 gives the sessions the first article's congress as their parent), so
the later article's row is dropped and its parts point to the earlier one.

Only a meeting whose name holds an edition's number (第十三次, 六届五次) is read as the
same event by its name alone: a programme's name (“送温暖”活动) told in two items of a
digest page may be two unions' own rounds of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.activities.editions import is_edition
from gonghui_build.extract.facts import ActivityFact, ArticleFacts, Span
from gonghui_build.vocabulary import Category

#: The shortest name read as one event by itself: a body's name before the edition and
#: the meeting's head (某市工会第十三次代表大会), never a head alone (第一次会议).
MIN_NAME = 8


def _numbered_meeting(a: ActivityFact) -> bool:
    return (
        a.category == Category.meeting
        and a.name is not None
        and len(a.name) >= MIN_NAME
        and is_edition(a.name)
    )


def _without(acts: tuple[ActivityFact, ...], told: dict[int, Span]) -> tuple[ActivityFact, ...]:
    """The article's activities without those in ``told`` (index → the span of the earlier
    article's row): the parts of a dropped row point to that span, the other parents are
    counted again."""
    kept = [i for i in range(len(acts)) if i not in told]
    new_index = {old: new for new, old in enumerate(kept)}
    out = []
    for i in kept:
        a = acts[i]
        if a.parent in told:
            a = replace(a, parent=None, parent_span=told[a.parent])
        elif a.parent is not None:
            a = replace(a, parent=new_index.get(a.parent))
        out.append(a)
    return tuple(out)


def told_in_an_earlier_article(articles: Sequence[ArticleFacts]) -> list[ArticleFacts]:
    """The page's articles in order, a numbered meeting reported by an earlier article
    kept only there (see the module's docstring)."""
    reported: dict[str, Span] = {}
    out: list[ArticleFacts] = []
    for article in articles:
        told = {
            i: reported[a.name]
            for i, a in enumerate(article.activities)
            if a.name in reported and _numbered_meeting(a)
        }
        if told:
            article = replace(article, activities=_without(article.activities, told))
        for a in article.activities:
            if _numbered_meeting(a) and a.name is not None:
                reported.setdefault(a.name, a.span)
        out.append(article)
    return out
