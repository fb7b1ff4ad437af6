"""Activities, act25: a trip made for Party education (组织…赴某干部教育中心开展党性教育)
is a training, as cadre courses are; education asked for in general words (要加强…党性
教育) is no activity. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_trip_for_party_education_is_training() -> None:
    text = "5月，青溪县总工会组织40名基层工会主席赴南山干部学院开展党性教育。"
    assert [a.category for a in find_activities([text])] == [Category.training]


def test_party_education_asked_for_is_no_activity() -> None:
    assert find_activities(["青溪县总工会要加强对工会干部的党性教育。"]) == []
