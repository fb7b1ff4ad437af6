"""Activities, s36 (acts25): a model worker's profile cites two contests in turn
(2016年参加某市职工技能大赛…。2019年又在某省职工技能大赛数控车工决赛中夺得第二名): a final
whose name holds a contest of its own is no round of the contest read before. A final
named by its event alone (在铣工决赛中夺得第一名) is still a round of the contest before it.
Sentences written for these tests (invented people and unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_final_of_another_contest_has_no_parent():
    found = find_activities(
        [
            "2016年，他代表公司参加青禾市第五届职工职业技能大赛，获得车工第一名。2019年，他又在"
            "柳河省职工职业技能大赛数控车工决赛中夺得第二名。"
        ]
    )
    assert [a.name for a in found] == [
        "青禾市第五届职工职业技能大赛",
        "柳河省职工职业技能大赛数控车工决赛",
    ]
    assert found[1].parent is None


def test_a_final_named_by_its_event_is_a_round():
    found = find_activities(
        ["2009年10月，他参加青禾市第三届职工职业技能大赛，在铣工决赛中夺得第一名。"]
    )
    assert [a.name for a in found] == ["青禾市第三届职工职业技能大赛", "铣工决赛"]
    assert found[1].parent == 0
