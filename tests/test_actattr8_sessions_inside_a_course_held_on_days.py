"""Parents and dates of a course's sessions (s49 actattr8): a sentence speaking from
inside a course (培训期间，…讲授…) is of the course held on days (7月8日至11日…举办…培训班),
not of a training a speech mentions after it by its year only (他说，今年…分三期开展技能
培训: the programme the course is a round of); the sessions then take the course's month
(real_dev6's gold). Near miss: with no course held on days, the latest training is still
the one spoken from inside. A page written for these tests (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "青禾市总工会举办职工技能提升培训班\n\n"
    "发布时间：2031-07-12\n\n"
    "{opening}，青禾市总工会在青禾职业技术学院举办2031年职工技能提升培训班，"
    "一百二十名职工参加培训。\n\n"
    "开班仪式上，青禾市总工会副主席林和平作动员讲话。他说，今年市总工会投入专项资金"
    "四十万元，分三期为一线职工开展技能培训。\n\n"
    "培训期间，青禾职业技术学院副教授宋晓岚讲授食品加工安全规范。\n"
)


def _activities(opening: str):
    facts = page_facts(_PAGE.format(opening=opening))
    return [a for art in facts.articles for a in art.activities]


def test_a_session_is_part_of_the_course_held_on_days():
    acts = _activities("7月8日至11日")
    course = next(i for i, a in enumerate(acts) if a.name == "2031年职工技能提升培训班")
    lecture = next(a for a in acts if a.category.value == "lecture")
    assert lecture.parent == course
    assert lecture.date.start == "2031-07"


def test_with_no_course_held_on_days_the_latest_training_is_the_parent():
    acts = _activities("近日")
    latest = max(i for i, a in enumerate(acts) if a.category.value == "training")
    lecture = next(a for a in acts if a.category.value == "lecture")
    assert lecture.parent == latest


_TWO_COURSES = (
    "青禾市总工会举办两期职工培训班\n\n"
    "发布时间：2031-07-12\n\n"
    "5月10日至12日，青禾市总工会在青禾职业技术学院举办2031年班组长培训班，"
    "八十名班组长参加培训。\n\n"
    "6月，青禾市总工会在青禾职工之家举办新入职社会工作者培训班，"
    "三十名社会工作者参加培训。\n\n"
    "培训期间，青禾职业技术学院副教授宋晓岚讲授职工服务规范。\n"
)


def test_a_later_course_told_by_its_month_is_still_the_one_spoken_from_inside():
    facts = page_facts(_TWO_COURSES)
    acts = [a for art in facts.articles for a in art.activities]
    later = next(i for i, a in enumerate(acts) if a.name == "新入职社会工作者培训班")
    lecture = next(a for a in acts if a.category.value == "lecture")
    assert lecture.parent == later
