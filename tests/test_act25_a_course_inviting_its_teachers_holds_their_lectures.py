"""Activities, act25: a sentence whose subject is the course inviting its teachers
(培训班邀请…讲授…, …解读…) tells of the course's own lectures, even with a paragraph on
its opening between: they are its parts and take its month. A lecture a union holds
apart, two paragraphs on, stays its own. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_COURSE = "7月中旬，青溪县总工会在县委党校举办工会干部培训班，全县80名工会干部参加培训。"
_OPENING = "县委常委温某某作开班动员；县总工会副主席赖某某主持开班式。"


def test_lectures_the_course_invited_are_its_parts() -> None:
    lectures = (
        "培训班邀请省总工会干部学校副教授易某讲授工会财务管理，县法院庭长谢某某解读劳动争议案例。"
    )
    course, first, second = find_activities([_COURSE, _OPENING, lectures])
    assert (first.parent, second.parent) == (0, 0)
    assert course.parent is None


def test_a_lecture_the_union_holds_later_stands_alone() -> None:
    lecture = "8月3日，县总工会邀请律师柯某为职工讲授劳动合同法。"
    found = find_activities([_COURSE, _OPENING, lecture])
    assert found[-1].parent is None
