"""Days listed for activities held in turn are each its activity's (s41 acts46):
3月5日、12日、19日，县总工会先后举办A培训班、B培训班和C培训班, as county unions' year
notes and yearbooks list a season's courses. The date reader reads the list as one span
from its first day to its last, so each course ran from the 5th to the 19th. Near
misses: as many days as activities without 先后 or 分别 keep the span, and days that do not
match the count of activities keep it too.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _days(*paragraphs: str) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (a.date.month, a.date.day, a.date.end_day) if a.date else (None, None, None)
        for a in find_activities(list(paragraphs))
    ]


def test_three_days_for_three_courses_held_in_turn():
    text = "3月5日、12日、19日，县总工会先后举办财务人员培训班、女职工干部培训班和劳动争议调解员培训班。"
    assert _days(text) == [(3, 5, None), (3, 12, None), (3, 19, None)]


def test_two_days_for_two_events_held_each_on_its_own():
    text = "5月8日、15日，区总工会分别举办2024年工会财务人员培训班和2024年职工法律知识讲座。"
    assert _days(text) == [(5, 8, None), (5, 15, None)]


def test_days_of_a_count_other_than_the_activities_keep_the_span():
    text = "3月5日、12日、19日，县总工会先后举办财务人员培训班和劳动争议调解员培训班。"
    assert _days(text) == [(3, 5, 19), (3, 5, 19)]


def test_days_for_events_not_told_in_turn_keep_the_span():
    text = "5月8日、15日，区总工会举办2024年工会财务人员培训班和2024年职工法律知识讲座。"
    assert _days(text) == [(5, 8, 15), (5, 8, 15)]
