"""Activities, act24b: after a final read with the rounds before it (经过…的初赛、复赛), a
sentence opening on the bare contest word (大赛由…联合主办) speaks of the whole contest: a
row of its own, the final a part of it; with no rounds told, 大赛 is the final told again.
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_FINAL = "11月3日，2023年青溪市职工技能大赛决赛在青溪技师学院举行。"
_ROUNDS = "经过9月以来的初赛、复赛，60名选手进入决赛。"
_HOSTS = "大赛由青溪市总工会、市人力资源和社会保障局联合主办。"


def test_a_bare_contest_after_its_rounds_is_the_whole_contest() -> None:
    final, whole = find_activities([_FINAL + _ROUNDS, _HOSTS])
    assert whole.name == "2023年青溪市职工技能大赛"
    assert final.parent == 1


def test_a_bare_contest_with_no_rounds_told_is_the_final_again() -> None:
    (final,) = find_activities([_FINAL, _HOSTS])
    assert final.parent is None
