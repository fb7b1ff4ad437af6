"""What a course's first lesson (讲了第一课) or the scene of an activity (活动现场还开设了…)
tells is held on the day the course opened or the activity was held, not somewhere in
its month: real_dev2's OCR course of 1995 (开学 on the 16th, 讲了第一课) and real_dev's
station visit (1月20日…活动，活动现场还开设了法律咨询台) date them so. A lesson told
without 第一课 stays in its course's month. Pages written for these tests (invented
units and names)."""

from __future__ import annotations

from tests.built import built_activities

_COURSE = (
    "桐湾区总工会为下岗职工办起再就业培训班\n\n"
    "本报讯 3月16日，桐湾区总工会在区职工学校开办的首期再就业培训班开学，九十名下岗职工"
    "参加学习。培训班学期两个月。\n\n"
    "区职工学校讲师龚立言为学员讲了{lesson}《怎样走好再就业之路》。\n\n"
    "桐湾工人报 1996年03月20日 星期三\n"
)


def _start(rows: list[dict], word: str) -> str | None:
    (row,) = [r for r in rows if word in (r["name"] or "")]
    return row["start_date"]


def _lesson_start(rows: list[dict]) -> str | None:
    """The lesson's date: the one activity besides the course (its name, a verb phrase,
    is not published)."""
    (row,) = [r for r in rows if r["name"] != "首期再就业培训班"]
    return row["start_date"]


def test_a_courses_first_lesson_is_on_its_opening_day(pages_dir, tmp_path):
    rows = built_activities(pages_dir, tmp_path, _COURSE.format(lesson="第一课"))
    assert _lesson_start(rows) == "1996-03-16"


def test_a_lesson_not_told_as_the_first_stays_in_the_courses_month(pages_dir, tmp_path):
    rows = built_activities(pages_dir, tmp_path, _COURSE.format(lesson="一堂课"))
    assert _lesson_start(rows) == "1996-03"


def test_a_desk_at_the_scene_of_an_activity_is_on_its_day(pages_dir, tmp_path):
    page = (
        "临江区总工会开展“寒冬送暖”活动\n\n"
        "2024-01-23 09:12:40 来源：临江工会\n\n"
        "1月21日，临江区总工会在滨河街道“暖新驿站”开展“寒冬送暖”活动，为一百二十名"
        "新就业形态劳动者送上护膝和手套。活动现场还开设了法律咨询台，律师为骑手们讲解"
        "工伤认定。\n\n"
        "编辑：乔小满\n"
    )
    rows = built_activities(pages_dir, tmp_path, page)
    assert _start(rows, "法律咨询台") == "2024-01-21"
