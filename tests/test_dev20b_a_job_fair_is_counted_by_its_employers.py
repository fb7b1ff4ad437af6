"""Activities, s53 dev20b: a job fair (招聘会, 双选会) is counted by the employers at
its stalls, the bodies the report names first, not by the seekers or their visits it
gives as the fair's yield; an activity of another kind keeps its people first.
Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _count(sentence: str) -> tuple[float, str, str] | None:
    (found,) = find_activities([sentence])
    p = found.participants
    return None if p is None else (p.count, p.qualifier.value, p.unit.value)


def test_a_fair_counts_its_employers_before_the_seekers_visits():
    sentence = (
        "3月2日，青禾县总工会在县职工服务中心举办专场招聘会，"
        "45家企业提供岗位900余个，吸引求职者1200余人次。"
    )
    assert _count(sentence) == (45, "exact", "organisations")


def test_a_fair_without_employers_counted_keeps_its_seekers():
    sentence = "3月2日，青禾县总工会举办专场招聘会，吸引求职者1200余人次。"
    assert _count(sentence) == (1200, "more_than", "person_times")


def test_a_course_still_counts_its_people_first():
    sentence = "3月2日，青禾县总工会联合8家企业举办技能培训班，培训职工300余人。"
    assert _count(sentence) == (300, "more_than", "people")
