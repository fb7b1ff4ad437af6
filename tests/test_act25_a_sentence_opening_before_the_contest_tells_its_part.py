"""Parents, act25: a sentence opening inside a contest read before (赛前，…对裁判员进行了
集中培训) tells of a part of that contest; a training dated on its own after the contest
stands alone. Sentences written for these tests (invented unions, people and sites)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_FINAL = "9月21日，2022年青溪市职工职业技能大赛焊工决赛在南岭重工实训基地举行。"


def test_a_briefing_before_the_final_is_part_of_it() -> None:
    briefing = "赛前，市总工会劳动和经济工作部部长柯某对裁判员进行了集中培训。"
    final, part = find_activities([_FINAL, briefing])
    assert (final.parent, part.parent) == (None, 0)


def test_a_training_dated_on_its_own_stands_alone() -> None:
    later = "10月，市总工会劳动和经济工作部对裁判员进行了集中培训。"
    assert find_activities([_FINAL, later])[-1].parent is None
