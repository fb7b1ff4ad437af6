"""评选 is both a contest (首届劳模评选, a competition held) and the act of judging
(建议被评选为…, 对作品进行评选, 经专家评选后, 某大赛经过评委会的评选): judged, nothing
is held, so no competition is found. Sentences written for these tests (invented
names, units and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    "sentence",
    [
        "经专家组评审，青松机械厂《新型夹具改进》等八项建议被评选为年度金点子。",
        "评委会按照实用性原则，对二十项建议以投票方法进行评选，取前八名。",
        "各级工会层层组织职工合唱，经市总工会组织有关专家评选后，最终选定十支队伍。",
        "岚山区职工书法作品展经过专家组成的评委会两天的紧张评选，各个奖项全部产生。",
    ],
)
def test_judging_told_by_its_agent_or_passive_is_no_competition(sentence):
    names = [a.name for a in found(sentence) if a.category is Category.competition]
    assert not any("评选" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("青禾经济开发区总工会开展了首届先进职工评选。", "首届先进职工评选"),
        ("由岚山区总工会组织的首届劳模评选于5月启动。", "首届劳模评选"),
    ],
)
def test_a_judging_contest_held_is_still_a_competition(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(name, Category.competition)]
