"""The next round of a course or series announced, session 35 (acts21). 今年将分三期培训，
第二期将于9月在某市举办; …系列课堂今年共安排十讲，下一讲将于6月在某街道举行: the next round
is a planned activity of its own (a course's, a lecture's), though it is told by its
ordinal and unit alone, which is no name (real_dev5's and real_dev2's gold have it so).
第二期培训班 has a name of its own; 第二期学员 are people. Shapes read on real pages (a
province's courses for new county union chairs in rounds, a district's monthly law
lectures, a college's cadre courses held in rounds); sentences written for these tests
(invented bodies and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status

COURSE = "9月1日，桐溪省总工会新任县级工会主席培训班在南岭开班。"


def _rows(text: str):
    return [(d.name, d.category, d.status, d.titled) for d in find_activities([text])]


def test_the_next_round_of_a_course_is_a_planned_course():
    rows = _rows(COURSE + "今年省总工会将分三期开展培训，第二期将于9月在北湖举办。")
    assert rows[-1] == ("第二期", Category.training, Status.planned, False)
    assert len(rows) == 2


def test_the_next_lecture_of_a_series_is_a_planned_lecture():
    rows = _rows("“法律进港湾”系列课堂今年共安排十讲，下一讲将于6月在东岭街道举行。")
    assert rows[-1] == ("下一讲", Category.lecture, Status.planned, False)


def test_a_round_with_a_name_of_its_own_is_read_by_its_name():
    rows = _rows(COURSE + "第二期培训班将于10月在北湖举办。")
    assert [name for name, *_ in rows] == [
        "桐溪省总工会新任县级工会主席培训班",
        "第二期培训班",
    ]


def test_the_people_of_a_round_are_no_round():
    rows = _rows(COURSE + "第二期学员将于9月报到。")
    assert len(rows) == 1
