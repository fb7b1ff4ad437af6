"""A contest's teams listed beside its players (24支代表队、480余名职工参赛, 46支队伍、300余名
职工参赛): the two counts stand side by side in a list, both the subject of the verb of
taking part, and the count of people is the contest's (ANNOTATION.md leaves open which
count a contest takes when both are printed; every tuning set printing this listed form,
real_dev14, real_dev21 and real_dev22, five contests, counts the people). The teams
still count where their players are told as theirs (十二支代表队的九十六名选手, 十二支
代表队共186名选手: real_dev, real_dev2, real_dev5 count the teams)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Unit

if TYPE_CHECKING:
    from gonghui_build.extract.activities.participant_counts import Count

#: The most characters of the teams' noun between their count and the list mark
#: (代表队, 参赛队伍, 企业代表队).
_TEAM_NOUN_MAX = 6


def people_beside_teams(sentence: str, chosen: Count, counts: list[Count]) -> Count | None:
    """The count of people listed right after the count of teams ``chosen`` by a list
    mark (``、``), in one clause; None
    when the teams are counted otherwise."""
    if chosen[2] is not Unit.teams or chosen not in counts:
        return None
    at = counts.index(chosen)
    if at + 1 == len(counts) or counts[at + 1][2] is not Unit.people:
        return None
    after = counts[at + 1]
    gap = sentence[chosen[0] + len(chosen[3]) : after[0]]
    noun = rf"[^，。；：、的共\d]{{1,{_TEAM_NOUN_MAX}}}"
    if not re.fullmatch(rf"{noun}、", gap):
        return None
    words("list_joiners").found("、")
    return after
