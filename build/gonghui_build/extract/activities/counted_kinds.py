"""Courses or talks of several kinds told in one name with their count (举办焊工、育婴师
两期培训班, 开设法律、心理两场讲座): as many events as the count, one per kind listed, when
the kinds listed are exactly as many (real_dev6's gold: one row per class; a list of
places before the count, 在A、B两县再办两期培训班, is one programme held in both, and
stays one). The kinds run straight into the count, with no verb or 的 between.

So are subjects taught in turn by teachers named before them (甲、乙分别讲授A和B: a
lecture each, real_dev6's gold), read from a lecture named by its teaching verb."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.numbers import chinese_to_int
from gonghui_build.vocabulary import Category

#: Kinds (short, no verb, place or quote marks), a count in words and its classifier
#: (期 a course's class, 场 a talk's or a show's), and the trigger the name ends with.
_KINDS = "[^，。；：、“”（）的在和与及\\d]{1,8}"


@functools.cache
def _counted() -> re.Pattern[str]:
    return re.compile(rf"^(?P<kinds>{_KINDS}(?:、{_KINDS})+)(?P<n>[两二三四五六七八九])(?:期|场)")


def one_per_kind(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` with each event named so split into one row a kind, its name the kind
    and its trigger (焊工培训班) or the subject taught; each row starts at its own item,
    so each is a span (and an id) of its own. A total of people it gives is all kinds'
    (dropped), and parents of later rows are renumbered."""
    out: list[ActivityDraft] = []
    new_index: list[int] = []
    for d in found:
        new_index.append(len(out))
        if subjects := _subjects_in_turn(texts[d.paragraph], d):
            names, titled = subjects, True
        else:
            names, titled = [k + d.trigger for k in _kinds(d)], False
        if not names:
            out.append(d)
            continue
        for name, at in zip(names, _item_starts(d.name, names), strict=True):
            out.append(
                replace(
                    d, name=name, name_start=d.name_start + at, participants=None, titled=titled
                )
            )
    return [replace(d, parent=new_index[d.parent]) if d.parent is not None else d for d in out]


def _item_starts(name: str, items: list[str]) -> list[int]:
    """Where each item (its first two characters) stands in ``name``, in order; the
    first keeps the name's own start (the verb before a subject: what the organiser is
    read back from)."""
    starts, at = [0], 2
    for item in items[1:]:
        at = name.index(item[:2], at)
        starts.append(at)
        at += 2
    return starts


def _kinds(d: ActivityDraft) -> list[str]:
    """The kinds of ``d``'s name when as many are listed as its count says, else []."""
    if d.parent is not None or not d.trigger or not d.name.endswith(d.trigger):
        return []
    m = _counted().match(d.name)
    if m is None or m.end() + len(d.trigger) != len(d.name):
        return []
    kinds = m["kinds"].split("、")
    return kinds if chinese_to_int(m["n"].replace("两", "二")) == len(kinds) else []


def _subjects_in_turn(text: str, d: ActivityDraft) -> list[str]:
    """The subjects of a lecture named by its teaching verb after 分别 (分别讲授A和B),
    two or more joined by 和 or 、, each with no verb of its own; else []."""
    if d.category is not Category.lecture or not text[: d.name_start].endswith("分别"):
        return []
    verb = words("teaching_verbs").starting(d.name, 0)
    if not verb or d.name[len(verb) :].count("《") > 0:
        return []
    subjects = re.split("[和、]", d.name[len(verb) :])
    return subjects if len(subjects) >= 2 and all(len(x) >= 2 for x in subjects) else []
