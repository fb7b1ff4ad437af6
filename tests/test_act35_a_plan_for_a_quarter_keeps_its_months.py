"""A plan for a quarter (拟于明年一季度开展…, 计划于第三季度再举办…) keeps the quarter's three
months, as the tuning gold of real_dev31 reads it; a plan for half a year is still dated
by its year (tests/test_devfix2_a_plan_for_half_a_year_is_dated_by_its_year.py). Pages
written for these tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _dates(rows: list[dict], ending: str) -> list[tuple[str | None, str | None]]:
    return [
        (r["start_date"], r["end_date"])
        for r in rows
        if (r["name"] or "").rstrip("”").endswith(ending)
    ]


def test_a_course_planned_for_the_third_quarter_runs_july_to_september(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会干部培训班结业\n\n"
        "本报讯 4月12日，桐湾区总工会举办的工会干部培训班结业，八十名学员参加。\n\n"
        "据了解，区总工会计划于第三季度再举办一期基层工会经审干部培训班。\n\n"
        "桐湾工人报 2018年04月14日 星期六\n",
    )
    assert _dates(rows, "经审干部培训班") == [("2018-07", "2018-09")]


def test_a_campaign_planned_for_next_years_first_quarter_is_dated_by_its_months(
    pages_dir, tmp_path
):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾学院召开教代会\n\n"
        "本报讯 11月25日，桐湾学院第三届教职工代表大会闭幕。据了解，"
        "学院工会拟于明年一季度开展“教代会提案回头看”活动。\n\n"
        "桐湾工人报 2008年11月27日 星期四\n",
    )
    assert _dates(rows, "回头看”活动") == [("2009-01", "2009-03")]


def test_a_plan_for_the_second_half_is_still_dated_by_its_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会干部培训班结业\n\n"
        "本报讯 4月12日，桐湾区总工会举办的工会干部培训班结业，八十名学员参加。\n\n"
        "据了解，下半年区总工会还将举办基层工会经审干部培训班。\n\n"
        "桐湾工人报 2018年04月14日 星期六\n",
    )
    assert _dates(rows, "经审干部培训班") == [("2018", None)]
