"""The unit a count of an activity's participants is in, from the words of its phrase
after the unit: a body's unit before a side's head noun counts teams, before the post of
each body's head counts people."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Unit


@functools.cache
def _team_head() -> re.Pattern[str]:
    """A few words of a side's name from a count's unit to a team's head noun, in one
    phrase (12个镇街工会代表队, 18家企业职工代表队)."""
    return re.compile(rf"[^，。；：、的和与及\d]{{0,8}}?(?:{words('team_heads').pattern})")


def _teams_headed(sentence: str, match: re.Match[str], unit: Unit) -> Unit:
    """A count whose unit is a body's (个镇街, 家) but whose phrase ends in a team's head
    noun counts teams: 全区12个镇街工会代表队同台竞技 names twelve sides, one from each
    town, as 十二支代表队 does."""
    if unit != Unit.organisations or not _team_head().match(sentence, match.end()):
        return unit
    return Unit.teams


@functools.cache
def _body_head() -> re.Pattern[str]:
    """A few words of a body's name from a count's unit to the post of its head, in one
    phrase (21个基层工会负责人, 46家企业工会主席), not a presidium (主席团)."""
    return re.compile(rf"[^，。；：、的和与及\d]{{0,6}}?(?:{words('counted_heads').pattern})(?!团)")


def _heads_counted(sentence: str, match: re.Match[str], unit: Unit) -> Unit:
    """A count whose unit is a body's (个基层工会, 家) but whose phrase ends in the post of
    each body's head counts people: 21个基层工会负责人参加 are twenty-one people, one
    from each union, as 21名 would say."""
    if unit != Unit.organisations or not _body_head().match(sentence, match.end()):
        return unit
    return Unit.people


def unit_counted(sentence: str, match: re.Match[str], unit: Unit) -> Unit:
    """The unit the count ``match`` (in ``unit`` by its unit word) counts in."""
    return _heads_counted(sentence, match, _teams_headed(sentence, match, unit))
