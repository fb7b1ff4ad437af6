"""Lists of activities in a sentence: items closed by 等 and a head (健康讲座、技能比武、
云课堂等“三八”系列活动, A、B、C等8项活动) and quoted names printed one after another and
closed by a head with no 等 (开展“送温暖”“送清凉”活动), each item one activity; and the
spans the lists cover, which the trigger words inside them no longer name."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.naming import category, name_start
from gonghui_build.extract.activities.phrased import programmes_in
from gonghui_build.extract.activities.visit_sites import after_calling_verb, after_visit_verb
from gonghui_build.text.clauses import clauses, in_spans
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category


def _rightmost_trigger(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last trigger word of a list item ``text[start:end]``: the item's own trigger,
    the head its name ends on (开展集中宣讲活动: 活动), its name read back from there."""
    last = None
    for m in patterns().trigger.finditer(text, start, end):
        last = m
    return last


def _list_items(
    text: str, start: int, k: int, head: str | None, head_kind: bool = False
) -> tuple[list[Mention], int]:
    """The items of a list ``text[start:k]`` closed by 等 or the ``head`` word (an
    activity each), and how many parts it has. An item with no trigger of its own is of
    kind other; of its head's kind with ``head_kind`` (“送助学” of 开展“送温暖”“送助学”
    活动, as 开展“送助学”活动 told alone is)."""
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
        if not trig and head_kind and head:
            kind = category(head, 0, len(head))
        items.append(Mention(a, b, trig.group(0) if trig else "", kind, True, list_start=start))
    return items, len(parts)


def list_mentions(text: str, lo: int, hi: int) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Items of lists closed by 等, each one an activity, and the spans the lists cover."""
    mentions, covered = [], []
    for c_start, c_end in clauses(text, lo, hi):
        for m in re.finditer("等", text[c_start:c_end]):
            k = c_start + m.start()
            after = _without_list_size(text[k + 1 : c_end])
            size = c_end - k - 1 - len(after)  # the list's count, before its head
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
                    start = after_calling_verb(text, start, k)  # 走访慰问A、B等劳模
                    covered.append((start, k + 1))
                    mentions.extend(programmes_in(text, start, k) or _one_quoted_list(text, k))
                continue
            items, parts = _list_items(text, start, k, head[0] if head else None)
            if len(items) >= 2:
                mentions.extend(items)
            if parts >= 2:
                covered.append((start, k + 1 + size + (head.end() if head else 0)))
        _quoted_runs(text, c_start, c_end, mentions, covered)
    return mentions, covered


def _one_quoted_list(text: str, k: int) -> list[Mention]:
    """Items listed inside one pair of quotes before a list's 等 that closes on no
    activity's head (做实“春送岗位、夏送清凉、金秋助学、冬送温暖”等“工”字品牌): a union's
    programmes under one brand, each an activity when two items or more name one by a
    trigger word of one kind; an item with none (春送岗位) is of its siblings' kind. An
    item whose trigger the paragraph named before in quotes (冬送温暖 after 建立“送温暖”活动
    长效机制) is that programme told again, no row of its own. A quoted list of topics
    names no activity and is left alone."""
    opening = text.rfind("“", 0, k)
    if k < 1 or text[k - 1] != "”" or opening < 0 or "”" in text[opening : k - 1]:
        return []
    cuts = [opening + 1, *(m.end() for m in re.finditer("、", text[opening + 1 : k - 1]))]
    bounds = [opening + 1 + c if i else c for i, c in enumerate(cuts)]
    spans = [(a, b - 1) for a, b in zip(bounds, [*bounds[1:], k], strict=True)]
    found = [(a, b, _rightmost_trigger(text, a, b)) for a, b in spans]
    kinds = {category(text, a, b) for a, b, trig in found if trig is not None}
    if len(spans) < 2 or len(kinds) != 1 or sum(t is not None for *_, t in found) < 2:
        return []
    kind = kinds.pop()
    return [
        Mention(a, b, t.group(0) if t else "", kind, True, list_start=opening)
        for a, b, t in found
        if t is None or f"“{t.group(0)}”" not in text[:opening]  # 冬送温暖 after “送温暖”活动
    ]


#: Two or more short quoted names printed one after another, bare or joined by a list
#: mark (“送温暖”“送清凉”, “送温暖”、“送清凉”和“送助学”): no clause mark inside a name.
_QUOTED_RUN = re.compile(r"(?:“[^“”，。；：、]{2,10}”(?:[、和及与]|以及)?){2,}")
#: A numeral and a measure before a list's head (等8项活动, 等六大类活动).
_NUMERAL = rf"[\d{COUNT_NUMERALS}]+"


def _without_list_size(after: str) -> str:
    """The words after a list's 等 without the count of its items when an activity's
    head follows it (等8项活动 → 活动; ``list_size_units``): a series' items counted are
    still its items. Before any other word (等八个项目的比赛) the words are kept."""
    size = re.match(rf"{_NUMERAL}(?:{words('list_size_units').pattern})", after)
    if size is None or not patterns().trigger.match(after, size.end()):
        return after
    words("list_size_units").note_in(size[0])
    return after[size.end() :]


def _quoted_runs(
    text: str, lo: int, hi: int, mentions: list[Mention], covered: list[tuple[int, int]]
) -> None:
    """Quoted names printed one after another and closed by a list's head with no 等
    (开展“送温暖”“送清凉”“送助学”活动, 开展“送温暖”、“送清凉”活动; ``quoted_list_heads``):
    a list, each name one activity, as a list closed by 等 is; the run and its head
    covered. A run inside a list already read is left to it."""
    for run in _QUOTED_RUN.finditer(text, lo, hi):
        end = run.end()
        if text[end - 1] != "”" or in_spans(run.start(), covered):
            continue  # 、 or 和 after the last name: the run goes on unquoted
        head = words("quoted_list_heads").starting(text, end) or _joined_head(run[0], text, end)
        if not head or patterns().trigger.match(text, end + len(head)):
            continue  # “安康杯”“五一”职工技能竞赛: one name, the quotes its words
        items, _ = _list_items(text, run.start(), end, head, head_kind=True)
        if len(items) < 2:
            continue
        mentions.extend(items)
        covered.append((run.start(), end + len(head)))


def _joined_head(run: str, text: str, end: int) -> str | None:
    """The head a run of quoted names joined by list marks shares (开展“安康杯”和“双增双节”
    劳动竞赛: two contests, as the tuning gold of real_dev7 reads a yearbook's): a contest's
    or a campaign's word right after the last name, no generic one (活动 is
    ``quoted_list_heads``'). Names printed side by side with no mark (“安康杯”“五一”职工
    技能竞赛) are one name's words."""
    if "”“" in run:
        return None
    head = patterns().trigger.match(text, end)
    if head is None or head[0] in words("generic_heads"):
        return None
    kind = category(head[0], 0, len(head[0]))
    return head[0] if kind in (Category.competition, Category.campaign) else None
