"""A plan dated by a quarter (于第三季度开展…, 拟于明年一季度…) keeps the quarter's three
months, as real_dev31's gold (the only tuning set planning by quarters) reads it; a plan
dated by half a year still dates to the year (test_devfix2). Pages written for these tests
(invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _dates(rows: list[dict], ending: str) -> list[tuple[str | None, str | None]]:
    return [
        (r["start_date"], r["end_date"])
        for r in rows
        if (r["name"] or "").rstrip("”").endswith(ending)
    ]


def test_a_course_planned_for_the_third_quarter_keeps_its_months(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会干部培训班结业\n\n"
        "本报讯 4月12日，桐湾区总工会举办的工会干部培训班结业，八十名学员参加。\n\n"
        "据了解，区总工会计划于第三季度举办基层工会经审干部培训班。\n\n"
        "桐湾工人报 2018年04月14日 星期六\n",
    )
    assert _dates(rows, "经审干部培训班") == [("2018-07", "2018-09")]


def test_a_course_planned_for_the_second_half_is_still_dated_by_the_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会干部培训班结业\n\n"
        "本报讯 4月12日，桐湾区总工会举办的工会干部培训班结业，八十名学员参加。\n\n"
        "据了解，区总工会计划于下半年举办基层工会经审干部培训班。\n\n"
        "桐湾工人报 2018年04月14日 星期六\n",
    )
    assert _dates(rows, "经审干部培训班") == [("2018", None)]
