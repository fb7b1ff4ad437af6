"""Activity mentions of a list closed by 等 (``“A”“B”等活动``, ``A、B、C等形式``): an
activity each item, and the span the list covers, which :mod:`.mentions` leaves to it.
Kept apart from the mentions of single trigger words."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.naming import category, name_start
from gonghui_build.extract.activities.phrased import programmes_in
from gonghui_build.extract.activities.visit_sites import after_visit_verb
from gonghui_build.text.clauses import clauses, in_spans
from gonghui_build.vocabulary import Category


def _rightmost_trigger(text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for m in patterns().trigger.finditer(text, start, end):
        last = m
    return last


def _list_items(text: str, start: int, k: int, head) -> tuple[list[Mention], int]:
    """The items of a list ``text[start:k]`` closed by 等 (an activity each), and how
    many parts it has."""
    region = text[start:k]
    quoted = list(re.finditer(r"“[^”]+”", region))
    inside = [(q.start(), q.end()) for q in quoted]
    # A、B、C等, A、B和C等, A、B以及C等, “A”、B和“C”等: cut at marks outside quotes
    parts, pos = [], 0
    for sep in re.finditer(r"以及|[、和与及]", region):
        if not in_spans(sep.start(), inside):
            parts.append((start + pos, start + sep.start()))
            pos = sep.end()
    parts.append((start + pos, start + len(region)))
    if len(parts) < 2 and len(quoted) >= 2:  # “A”“B”等
        parts = [(start + q.start(), start + q.end()) for q in quoted]
    items = []
    for a, b in parts:
        trig = _rightmost_trigger(text, a, b)
        if trig is not None and words("modified_nouns").starting(text, trig.end()):
            trig = None  # 参观了…、综合培训室: a room, not a course
        if trig is None and not (text[a : a + 1] == "“" and head is not None):
            continue  # a quoted slogan is an activity only in a list of activities
        if trig is not None and text[a] != "“":
            a = name_start(text, a, trig.start())  # 开展集中宣讲活动 → 集中宣讲活动
        lead = words("leading_words").starting(text, a)
        if lead and b - a > len(lead) + 1:
            a += len(lead)
        kind = category(text, a, b) if trig else Category.other
        items.append(Mention(a, b, trig.group(0) if trig else "", kind, True))
    return items, len(parts)


def list_mentions(text: str, lo: int, hi: int) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Items of lists closed by 等, each one an activity, and the spans the lists cover."""
    mentions, covered = [], []
    for c_start, c_end in clauses(text, lo, hi):
        for m in re.finditer("等", text[c_start:c_end]):
            k = c_start + m.start()
            after = text[k + 1 : c_end]
            modifier = words("list_modifiers").starting(after)
            after = after[len(modifier) :] if modifier else after
            head = patterns().trigger.match(after)
            # the list starts after the verb before its first item (召开报告会、座谈会…)
            first_sep = min(
                (i for i in (text.find(sep, c_start, k) for sep in "、“") if i >= 0), default=k
            )
            start = name_start(text, c_start, first_sep if first_sep > c_start else k, False)
            start = after_visit_verb(text, start, k)
            if not (head or not after or words("form_heads").starting(after)):
                # 等方面, 等主题, 等学习方式: topics or methods, not activities
                if "、" in text[start:k] or "“" in text[start:k]:
                    covered.append((start, k + 1))
                    mentions.extend(programmes_in(text, start, k))
                continue
            items, parts = _list_items(text, start, k, head)
            if len(items) >= 2:
                mentions.extend(items)
            if parts >= 2:
                covered.append((start, k + 1 + (head.end() if head else 0)))
    return mentions, covered
