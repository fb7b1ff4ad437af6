"""A standing service (a spare-time school, a night school, a hotline) a page dates to a
year before its own (1987年，县总工会创办职工业余学校, in a gazetteer or a retrospect) is
the record of its founding: held. One dated as the start of a run (2016年起…开办“青工
夜校”, 去年12月以来…开通…热线) or in the page's own year still runs: ongoing. Pages
written for these tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities


def _statuses(rows: list[dict], ending: str) -> list[str]:
    return [r["status"] for r in rows if (r["name"] or "").rstrip("”").endswith(ending)]


def test_a_school_founded_years_before_the_page_is_held(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾县总工会四十年\n\n"
        "本报讯 1984年，桐湾县总工会创办职工业余学校，设文化补习、电工两个专业，"
        "先后培训职工二千一百余人次。\n\n"
        "桐湾工人报 1990年06月12日 星期二\n",
    )
    assert _statuses(rows, "职工业余学校") == ["held"]


def test_a_school_run_from_an_earlier_year_is_still_ongoing(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "青工夜校补短板\n\n"
        "本报讯 2016年起，桐湾化工公司工会联合桐湾职业技术学院开办“青工夜校”，"
        "每周二、周四晚上授课，目前已结业学员九十余人。\n\n"
        "桐湾工人报 2017年05月09日 星期二\n",
    )
    assert _statuses(rows, "青工夜校") == ["ongoing"]


def test_a_school_opened_in_the_pages_own_year_is_ongoing(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "县总工会办起职工业余文化学校\n\n"
        "本报讯 今年三月，桐湾县总工会在县城举办职工业余文化学校，首期招收学员六十名。\n\n"
        "桐湾工人报 1986年05月20日 星期二\n",
    )
    assert _statuses(rows, "职工业余文化学校") == ["ongoing"]
