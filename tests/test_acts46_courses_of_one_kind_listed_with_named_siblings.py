"""Courses of one kind listed together are each a course (s41 acts46): 先后举办财务人员
培训班、女职工干部培训班和劳动争议调解员培训班, as county and district unions' news and
year reports list the season's courses (real pages read in s41). An item whose words are
generic once modifiers are taken off (女职工干部 → 女) named no course of its own, so it
was read as the first course told again and lost. Near misses: a demonstrative item
(此次培训班和…) has no words of its own, and two unnamed items stay unnamed.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(*paragraphs: str) -> list[str]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_three_courses_listed_are_three_rows():
    text = "3月，县总工会先后举办财务人员培训班、女职工干部培训班和劳动争议调解员培训班。"
    assert _names(text) == ["财务人员培训班", "女职工干部培训班", "劳动争议调解员培训班"]


def test_an_unnamed_item_after_a_named_one_is_its_own_course():
    text = "4月，区总工会举办劳动争议调解员培训班和女职工干部培训班。"
    assert _names(text) == ["劳动争议调解员培训班", "女职工干部培训班"]


def test_a_demonstrative_item_is_the_course_read_before():
    text = "5月，县总工会举办2024年基层工会主席培训班。此次培训班和往年相比，增加了案例教学。"
    assert _names(text) == ["2024年基层工会主席培训班"]
