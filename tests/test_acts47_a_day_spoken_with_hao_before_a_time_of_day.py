"""A day written alone with 号, as spoken, before a time of day (4号上午，…劳动竞赛在某公司
启动: a city news site's lead) is a day of the month like 4日上午; without a time of day
after it, 3号 stays a number (3号楼, 1号线, a document's 5号). Texts written for these
tests."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def _days(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(d.text, d.day, d.part) for d in find_dates(text)]


def test_a_day_with_hao_before_the_morning_is_that_day():
    assert _days("4号上午，大冶某镇劳动竞赛在顺丰纺织公司启动。") == [("4号上午", 4, "上午")]


def test_a_day_with_hao_before_the_evening_is_that_day():
    assert _days("12号晚上，区总工会慰问组来到工地。") == [("12号晚上", 12, "晚上")]


def test_numbers_with_hao_and_no_time_of_day_are_no_days():
    assert _days("职工书屋设在3号楼，沿1号线可到，依据市总工会5号文件建设。") == []


def test_a_month_and_day_with_hao_is_read_as_before():
    assert _days("5月4号上午，") == [("5月4号上午", 4, "上午")]
