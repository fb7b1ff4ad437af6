"""The meetings a congress is made of: its preparatory meeting, its election session and
the first sessions of the committees it elects (大会预备会议; 举行选举大会; 随后召开的第十届
工会委员会第一次全体会议, 经费审查委员会第一次会议, 十三届一次全委会议) are held within the
congress reported before them, so they are its parts, not events of their own."""

from __future__ import annotations

from gonghui_build.extract.activities.contest_parts import within_contest
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.planned_elections import election_of
from gonghui_build.vocabulary import Category


def is_congress_part(draft: ActivityDraft) -> bool:
    """A meeting named as a session held within a congress (``congress_parts``); not
    one whose name holds a congress's own (第五届职工代表大会第一次会议 is that congress,
    not a part of another reported before it)."""
    name = draft.name or ""
    if draft.category != Category.meeting or words("congress_heads").in_text(name):
        return False
    return bool(words("congress_parts").ending(name))


def congress_of(found: list[ActivityDraft], draft: ActivityDraft, sentence: str = "") -> int | None:
    """The congress read last before ``draft`` (a name ending in ``congress_heads``,
    not itself a part) when ``draft`` is one of its sessions, or its election to come told
    in ``sentence`` (:func:`.planned_elections.election_of`); None otherwise, or when a
    meeting of another kind stands between (a congress's sessions follow it)."""
    if not is_congress_part(draft):
        return election_of(found, draft, sentence)
    for i in range(len(found) - 1, -1, -1):
        before = found[i]
        if before.category != Category.meeting:
            continue
        if is_congress_part(before):
            continue  # 第一次全体会议 then 经费审查委员会第一次会议: both the congress's
        if before.name == before.trigger and _ceremony(before.trigger):
            continue  # 某某出席开幕式: a day of the congress, no meeting of another kind
        name = before.name or ""
        return i if words("congress_heads").ending(name) else None
    return None


def _ceremony(trigger: str) -> bool:
    """A bare opening or closing ceremony's word (开幕式, 闭幕式, 开班仪式)."""
    return trigger in words("opening_words") or trigger in words("closing_ceremonies")


def event_part_of(found: list[ActivityDraft], draft: ActivityDraft, sentence: str) -> int | None:
    """The congress (:func:`congress_of`: 随后召开的…委员会第一次全体会议) or the contest
    (:func:`.contest_parts.within_contest`: 赛前，…) the draft is a part of, congress first."""
    congress = congress_of(found, draft, sentence)
    return congress if congress is not None else within_contest(found, draft, sentence)
