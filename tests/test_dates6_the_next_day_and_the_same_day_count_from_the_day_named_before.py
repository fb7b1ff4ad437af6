"""次日, 翌日 (the day after) and 同日, 当天 (that day) are counted from the last day the
text named before them, itself perhaps told so (8月5日…。次日…。同日…: the 6th twice), as
real city and provincial unions' news of a meeting and the next day's survey tell them.
Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.conftest import printed


def days(paragraphs: list[str], published: str = "2023-08-09") -> list[str | None]:
    return [
        resolve(a.date, printed(published)).start if a.date else None
        for a in find_activities(paragraphs)
    ]


def test_the_next_day_is_the_day_after_the_one_named_before():
    got = days(
        [
            "8月5日，青禾市总工会召开产业工人队伍建设改革推进会。",
            "次日，市总工会调研组深入冀南区开展专题调研。",
        ]
    )
    assert got == ["2023-08-05", "2023-08-06"]


def test_the_same_day_after_the_next_day_is_that_next_day():
    got = days(
        [
            "8月5日，青禾市总工会召开产业工人队伍建设改革推进会。",
            "次日，市总工会调研组深入冀南区开展专题调研。",
            "同日，市总工会女职工委员会举办女职工权益保护知识竞赛。",
        ]
    )
    assert got == ["2023-08-05", "2023-08-06", "2023-08-06"]


def test_the_next_day_crosses_into_the_next_month():
    got = days(
        [
            "7月31日，青禾市总工会召开全委会议。",
            "翌日，市总工会举办基层工会主席培训班。",
        ]
    )
    assert got == ["2023-07-31", "2023-08-01"]


def test_that_day_still_names_the_day_before_it():
    got = days(["8月5日，青禾市总工会召开推进会。当天下午，市总工会举办政策解读讲座。"])
    assert got == ["2023-08-05", "2023-08-05"]


def test_the_next_day_with_no_day_named_before_is_only_the_year():
    got = days(["次日，青禾市总工会调研组深入冀南区开展专题调研。"])
    assert got == ["2023"]
