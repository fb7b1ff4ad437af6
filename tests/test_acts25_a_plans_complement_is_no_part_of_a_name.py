"""Activities, s36 (acts25): a plenary's tasks for the year name their events after a
verb and its complement of result (组织好第四届…技能大赛, 办好…培训班, 抓好“…行动”): the
complement is no word of the name. A name opening with 好 of its own (“好邻居”…运动会,
好邻居职工趣味运动会) keeps it. Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def test_the_complement_after_the_verb_is_cut():
    paragraph = (
        "会议要求，2024年要组织好第五届青禾市职工技能大赛，办好全市工会干部培训班，"
        "抓好“万名职工技能提升行动”。"
    )
    found = find_activities([paragraph])
    assert [a.name for a in found] == [
        "第五届青禾市职工技能大赛",
        "全市工会干部培训班",
        "“万名职工技能提升行动”",
    ]
    assert {a.status for a in found} == {Status.planned}


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("柳河区总工会举办“好邻居”职工趣味运动会。", "“好邻居”职工趣味运动会"),
        ("好邻居职工趣味运动会在柳河公园举行。", "好邻居职工趣味运动会"),
    ],
)
def test_a_name_of_its_own_keeps_hao(paragraph, name):
    assert [a.name for a in find_activities([paragraph])] == [name]
