"""What a sentence sums up over years counted back before it (报告说，五年来全市…；“送
温暖”活动累计帮扶…；举办市级职工技能竞赛31项) ran over those years, to the page's
year, as congress reports tell it. A plan, an activity dated in its own words, and a
count of more than nine years (二十年来, 三十年来: a career, not a term) keep their
dates. Pages written for these tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _dates(rows: list[dict], ending: str) -> list[tuple[str | None, str | None]]:
    return [
        (r["start_date"], r["end_date"])
        for r in rows
        if (r["name"] or "").rstrip("”").endswith(ending)
    ]


def test_a_congress_report_sums_up_five_years(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾市工会第十三次代表大会开幕\n\n"
        "本报讯 6月16日，桐湾市工会第十三次代表大会开幕。市总工会常务副主席钱立中作工作报告。"
        "报告说，五年来全市新建工会组织一千余家；“送温暖”活动累计帮扶困难职工三万人次；"
        "举办市级职工技能竞赛二十项，五万余人次职工参赛。\n\n"
        "桐湾日报 2023年06月17日 星期六\n",
    )
    assert _dates(rows, "“送温暖”活动") == [("2018", "2023")]
    assert _dates(rows, "职工技能竞赛") == [("2018", "2023")]


def test_a_dated_event_after_years_counted_back_keeps_its_day(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾机床厂工会动态\n\n"
        "本报讯 三年来，桐湾机床厂工会坚持为职工办实事，5月9日又举办了职工书法比赛，"
        "八十余名职工参赛。\n\n"
        "桐湾日报 2021年05月12日 星期三\n",
    )
    assert _dates(rows, "职工书法比赛") == [("2021-05-09", None)]


def test_twenty_years_counted_back_are_no_term_of_years(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾机床厂工会动态\n\n"
        "本报讯 二十年来，桐湾机床厂工会坚持举办职工运动会，参加职工累计三万余人次。\n\n"
        "桐湾日报 2021年05月12日 星期三\n",
    )
    dates = _dates(rows, "职工运动会")
    assert dates and all(start != "2011" and end is None for start, end in dates)
