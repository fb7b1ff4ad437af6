"""The parts of a contest a sentence tells from inside it (赛前，…对裁判员进行了集中培训;
比赛期间，…): split out of links.py (one job: a part of the contest read before)."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Category


def within_contest(found: list[ActivityDraft], draft: ActivityDraft, sentence: str) -> int | None:
    """赛前，…对裁判员进行了集中培训; 比赛期间，…: a sentence opening inside a contest read
    before (``within_contest``) tells of a part of it, the latest competition, whatever
    its kind (act25: real_dev26's gold, a final's briefing of its referees). None for a
    competition (a round is the stage words' to place) or with no contest read."""
    if draft.category == Category.competition or not words("within_contest").starting(sentence):
        return None
    contests = [i for i, d in enumerate(found) if d.category == Category.competition]
    return contests[-1] if contests else None
