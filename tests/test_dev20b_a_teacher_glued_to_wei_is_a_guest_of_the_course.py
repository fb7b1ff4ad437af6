"""Activities, s53 dev20b: a course's lecture given by an official of another body
(某省总工会某部副部长某某为学员讲授…) is the course's, its organiser the course's; the
teacher's body is a guest's, also when the recogniser reads the teacher's three-character
name with the 为 after it as one word. Pages written for these tests (invented unions and
people)."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = (
    "某某简讯\n\n"
    "本报讯 4月10日至12日，青禾县总工会在县委党校举办基层工会干部培训班，80名工会干部参加。\n"
    "开班当天下午，江南省总工会法律工作部副部长苗振华为学员讲授《工会法》专题课。\n"
)


def test_the_lecture_of_a_guest_teacher_is_organised_by_the_course_s_union():
    acts = page_facts(PAGE).articles[0].activities
    lecture = next(a for a in acts if a.category.value == "lecture")
    assert lecture.organiser is not None
    assert lecture.organiser.name == "青禾县总工会"
