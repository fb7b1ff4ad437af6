"""Unions a passage names without their doing its work: the body under whose leadership
the reporting union works (在市委和某总工会的领导下), the bodies honoured (某区总工会、某县
总工会被评为先进单位) and the agent of a passive (被某总工会授予…). An activity whose
text names no organiser is the reporting union's, never one of these."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.facts import OrgFact
from gonghui_build.text.clauses import clause_end, clause_start


def _overseeing(text: str, start: int, end: int) -> bool:
    """Inside 在…领导下: a 在 opens the clause before the body, a word of oversight
    closes it after (集团工会在集团党委和某区总工会的领导下: the 集团工会 is outside)."""
    before = text[clause_start(text, start) : start]
    after = text[end : clause_end(text, end)]
    closing = re.match(rf"[^在]{{0,16}}?(?:{words('oversight_closings').pattern})", after)
    words("oversight_closings").note_in(closing[0] if closing else None)
    return bool(closing) and words("oversight_openings").in_text(before) is not None


def _honoured(text: str, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """The body, alone or listed with others, is the subject of a verb of being
    honoured (甲、乙总工会被评为…): only other bodies and list marks come between."""
    stop = clause_end(text, end)
    found = words("honoured_verbs").regex.search(text, end, stop)
    if found is None:
        return False
    between = [c for c in range(end, found.start())]
    named = {c for s, e in others for c in range(s, e)}
    rest = "".join(text[c] for c in between if c not in named)
    joined = all(words("list_joiners").starting(ch) for ch in rest)
    if joined:
        words("honoured_verbs").found(found[0])
    return joined


def is_bystander(text: str, org: OrgFact, orgs: Sequence[OrgFact]) -> bool:
    """Whether the passage names ``org`` under whose leadership it works, as honoured,
    or as the agent of a passive (被…授予)."""
    start, end = org.span.text_start, org.span.text_end
    if words("passive_markers").ending(text[:start]):
        return True
    if _overseeing(text, start, end):
        return True
    others = [
        (o.span.text_start, o.span.text_end)
        for o in orgs
        if o.span.paragraph == org.span.paragraph and o.span.text_start >= end
    ]
    return _honoured(text, end, others)


def joined_posts(text: str, here: Sequence[OrgFact], roles: list[str | None]) -> list[str | None]:
    """The roles of the bodies in ``here`` (in text order, with their :func:`person_role`)
    where a post listed before another of the same person's, joined by a list mark (某区
    人大常委会副主任、区总工会主席某某出席), takes that person's role: the first body is
    no organiser when the person is a guest."""
    out = list(roles)
    for k in range(len(here) - 2, -1, -1):
        if out[k] is not None or out[k + 1] is None:
            continue
        between = text[here[k].span.text_end : here[k + 1].span.text_start]
        title = re.fullmatch(r"[^，。；、：\s]{1,8}", between[:-1]) if between else None
        if title and words("post_joiners").starting(between[-1]):
            out[k] = out[k + 1]
    return out
