"""A congress's election told as still to come (次日，大会将选举产生市总工会第九届委员会): a
planned session of the congress reported before, a meeting of its own, as the sessions a
congress holds after its opening are (ANNOTATION.md: planned activities are kept; the
tuning gold of real_dev24 gives the next day's election as a planned part of the city
union's congress). An election already held (大会选举产生了…) is the congress's result,
no activity, as before: only 将 before the verb of returning makes it one."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clause_end
from gonghui_build.vocabulary import Category


@functools.cache
def _planned() -> re.Pattern[str]:
    """大会将选举产生, 会议还将选举出: the congress as subject, 将, a verb of returning."""
    return re.compile(rf"(?:大会|会议)(?:还|也)?将(?P<verb>{words('election_verbs').pattern})")


def planned_elections(text: str, lo: int, hi: int) -> list[Mention]:
    """The elections ``text[lo:hi]`` says a congress will hold, one meeting each, from the
    verb of returning (after 将, which marks it planned) to the end of the clause."""
    return [
        Mention(m.start("verb"), clause_end(text, m.end(), hi), "", Category.meeting, True)
        for m in _planned().finditer(text, lo, hi)
    ]


def election_of(found: list[ActivityDraft], draft: ActivityDraft, sentence: str) -> int | None:
    """The congress a planned election is held at: the congress (``congress_heads``) read
    last, when ``sentence`` tells the election (:func:`planned_elections`)."""
    if draft.category != Category.meeting or not _planned().search(sentence):
        return None
    for i in range(len(found) - 1, -1, -1):
        if words("congress_heads").ending(found[i].name or ""):
            return i
    return None
