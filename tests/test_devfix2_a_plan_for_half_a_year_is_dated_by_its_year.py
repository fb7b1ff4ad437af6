"""A plan dated by half a year (下半年区总工会还将举办…培训班, 明年上半年学校将召开…论坛)
names no month it will be held in: its date is the year, as the tuning gold of real_dev3,
real_dev4, real_dev6 and real_dev7 reads it. What is reported as done or running over half
a year (热线今年上半年共接听…) keeps the months of that half. Pages written for these
tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _dates(rows: list[dict], ending: str) -> list[tuple[str | None, str | None]]:
    return [
        (r["start_date"], r["end_date"])
        for r in rows
        if (r["name"] or "").rstrip("”").endswith(ending)
    ]


def test_a_course_planned_for_the_second_half_is_dated_by_the_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会干部培训班结业\n\n"
        "本报讯 4月12日，桐湾区总工会举办的工会干部培训班结业，八十名学员参加。\n\n"
        "据了解，下半年区总工会还将举办基层工会经审干部培训班。\n\n"
        "桐湾工人报 2018年04月14日 星期六\n",
    )
    assert _dates(rows, "经审干部培训班") == [("2018", None)]


def test_a_forum_planned_for_next_years_first_half_is_dated_by_next_year(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾学院召开教代会\n\n"
        "本报讯 11月25日，桐湾学院第三届教职工代表大会闭幕。院长钱立中说，"
        "明年上半年学院将召开首届青年教师成长论坛。\n\n"
        "桐湾工人报 2008年11月27日 星期四\n",
    )
    assert _dates(rows, "青年教师成长论坛") == [("2009", None)]


def test_a_campaign_run_over_the_first_half_keeps_its_months(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾区工会动态\n\n"
        "本报讯 今年上半年，桐湾区总工会开展“安康杯”竞赛活动，全区一百二十家企业参赛。\n\n"
        "桐湾工人报 2023年07月04日 星期二\n",
    )
    assert _dates(rows, "竞赛活动") == [("2023-01", "2023-06")]
