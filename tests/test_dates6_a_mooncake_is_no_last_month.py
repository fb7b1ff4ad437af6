"""送上月饼 is 送上 + 月饼, not 上月 (last month): a relative month whose 月 starts a noun
is no month. Every 中秋 page of the unions' visits prints it. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def test_gifts_of_mooncakes_name_no_month():
    assert find_dates("市总工会为环卫工人送上月饼和慰问品。") == []
    assert find_dates("工会干部为职工递上月饼。") == []


def test_last_month_still_names_a_month():
    assert [d.text for d in find_dates("上月，市总工会开展走访慰问活动。")] == ["上月"]
    assert [d.text for d in find_dates("本月8日，市总工会召开全委会议。")] == ["本月8日"]


def test_last_months_end_is_still_a_month():
    assert [d.relative for d in find_dates("上月底，市总工会举办职工书画展。")] == ["上月"]
