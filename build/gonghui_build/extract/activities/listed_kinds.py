"""Courses of one kind listed together (先后举办财务人员培训班、女职工干部培训班和劳动争议
调解员培训班): each item is a course of its own, though an item's words alone may be too
generic to name one (女职工干部 is 女 once its generic words are taken off). Named siblings
of the same trigger, joined by a list mark, show that each item names a distinct one."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.grammar import LIST_JOINERS, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.specific_names import without_modifiers

#: What joins two items of one list: a list mark or a conjunction, and nothing else.
_JOINS = LIST_JOINERS | {"以及"}


def _own_words(text: str, m: Mention) -> str:
    """The words of ``m``'s name before its trigger, without the generic ones."""
    name = text[m.start : m.end]
    rest = name[: len(name) - len(m.trigger)] if m.trigger and name.endswith(m.trigger) else ""
    return without_modifiers(rest) if len(rest) >= 2 else ""


def listed_with_named_siblings(text: str, kept: list[Mention]) -> list[Mention]:
    """``kept`` (one sentence's mentions, in order) with each unnamed item of a list of
    one trigger made specific when a named item of that list stands beside it and the
    item has words of its own (此次培训班和…: 此次 alone names none). An item headed by
    活动 takes a named neighbour of any trigger (举办了读书分享活动、趣味运动会和观影活动:
    the afternoons listed are events each). Read until nothing changes, so a name at a
    list's end reaches its first item (插花活动、剪纸活动和暖心物品赠送活动)."""
    out = list(kept)
    changed = True
    while changed:
        changed = False
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.specific == b.specific or not _siblings(text, a, b):
                continue
            other = b if a.specific else a
            if _own_words(text, other):
                out[i + (0 if other is a else 1)] = replace(other, specific=True)
                changed = True
    return out


def _siblings(text: str, a: Mention, b: Mention) -> bool:
    """Two mentions next to each other in one list: only a joiner between them, under one
    trigger, or the first unnamed under an activity's head (活动: ``campaign_heads``). A
    活动 after another item may be a head both share (全会精神宣讲和宣传活动: one campaign
    of talks and publicity, seeds' gold); one before the joiner closes its own item."""
    if not a.trigger or not b.trigger or text[a.end : b.start] not in _JOINS:
        return False
    return a.trigger == b.trigger or (not a.specific and a.trigger in words("campaign_heads").words)
