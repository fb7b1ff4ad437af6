"""A rest trip to a place whose name holds the trip's own verb, session 37 (acts28).
组织45名劳模赴黄山职工疗休养基地疗休养: the trip runs to the last 疗休养, its place the rest
home, the group counted before it its participants (the trip's verb was read inside the
home's name, 疗休养|基地, so no trip was found: the plain trigger made the whole clause
the name, 45名…疗休养, and no count). Shapes read on real pages (a city union's first
batch of rest trips, a province's first rest group at its workers' sanatorium, a city
union's trips to rest homes in two cities); sentences written for these tests (invented
bodies). A trip to a place with no such name, and a study trip, keep their reading."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _rows(paragraph: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (d.name, d.place, d.participants.count if d.participants else None)
        for d in find_activities([paragraph])
    ]


def test_a_trip_to_a_rest_home_counts_the_group_sent() -> None:
    rows = _rows(
        "5月20日，池阳市总工会组织45名劳动模范和一线优秀职工赴黄山职工疗休养基地疗休养，为期5天。"
    )
    assert rows == [("赴黄山职工疗休养基地疗休养", "黄山职工疗休养基地", 45)]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        pytest.param(
            "5月20日，池阳市总工会组织30名劳动模范到黄山疗休养。",
            ("到黄山疗休养", "黄山", 30),
            id="a_place_with_no_such_name",
        ),
        pytest.param(
            "池阳市总工会组织20名劳模赴浙江杭州交流学习。",
            ("赴浙江杭州交流学习", "浙江杭州", 20),
            id="a_study_trip",
        ),
    ],
)
def test_other_trips_unchanged(paragraph: str, row: tuple[str, str, int]) -> None:
    assert _rows(paragraph) == [row]
