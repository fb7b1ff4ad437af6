"""Activities, s36 (acts25): a year's totals told in a meeting report count a contest's
entrants after the verb of taking part (共举办劳动和技能竞赛380项，参赛职工达31万人次): that
count is the contest's, not a count of bodies in a later clause (新建驿站46家). A count
before the verb is still read first. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Qualifier, Unit


def _count(paragraph: str):
    (contest,) = [a for a in find_activities([paragraph]) if "竞赛" in a.name]
    p = contest.participants
    return (p.count, p.unit, p.qualifier) if p else None


def test_the_entrants_after_the_verb_are_the_count():
    paragraph = (
        "会议指出，2023年全市各级工会共举办劳动和技能竞赛280项，参赛职工达21万人次；"
        "开展“工会驿站”建设，新建驿站36家。"
    )
    assert _count(paragraph) == (210000, Unit.person_times, Qualifier.exact)


def test_a_count_before_the_verb_is_still_read():
    paragraph = "青禾县总工会举办职工知识竞赛，12支代表队参赛，新建驿站36家。"
    assert _count(paragraph) == (12, Unit.teams, Qualifier.exact)
