"""Activities, act27: a course's opening ceremony told by the course's full name, with the
course told again bare in its sentence (…培训班开班仪式在某地举行，…参加为期2天的培训), gives
the course under its name first and the ceremony as its part; a caption's ceremony alone
stays one row. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_LEAD = "5月8日，青溪县第二期工会财务培训班开班仪式在县职工之家举行，全县工会会计60人参加为期2天的培训。"
_TALK = "培训期间，县审计局科长王一帆作专题讲座。"


def test_the_course_comes_first_and_the_ceremony_is_its_part() -> None:
    course, opening, talk = find_activities([_LEAD, _TALK])
    assert course.name == "青溪县第二期工会财务培训班"
    assert (opening.name, opening.parent) == ("开班仪式", 0)
    assert talk.parent == 0


def test_a_ceremony_with_no_bare_course_stays_one_row() -> None:
    (one,) = find_activities(["青溪县第二期工会财务培训班开班仪式举行"])
    assert one.name == "青溪县第二期工会财务培训班开班仪式"
