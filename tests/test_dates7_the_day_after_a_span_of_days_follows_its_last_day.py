"""次日 after a span of days (``3月19日至20日，…会议召开。次日，与会人员…观摩``) is the day
after the span's last day, not its second day: a meeting held over two days, then its
members' visit the day after. Invented page (session 43, dates7)."""

from __future__ import annotations

from tests.built import built_activities

PAGE = (
    "第03版：要闻\n"
    "2021年3月22日 星期一\n"
    "南江县总工会召开全委会\n"
    "本报讯 3月19日至20日，南江县总工会十届五次全委（扩大）会议召开。"
    "会议听取并审议了县总工会2020年工作报告。次日，与会人员到县产业园区观摩职工之家建设。\n"
)


def test_the_day_after_a_two_day_meeting(pages_dir, tmp_path) -> None:
    rows = built_activities(pages_dir, tmp_path, PAGE)
    dates = [(r["start_date"], r["end_date"], r["date_text"]) for r in rows]
    assert ("2021-03-19", "2021-03-20", "3月19日至20日") in dates
    assert ("2021-03-21", None, "次日") in dates


def test_the_day_after_a_span_across_a_months_end(pages_dir, tmp_path) -> None:
    page = PAGE.replace("3月19日至20日", "2月27日至3月1日").replace("2021年3月22日", "2021年3月5日")
    rows = built_activities(pages_dir, tmp_path, page)
    assert "2021-03-02" in [r["start_date"] for r in rows if r["date_text"] == "次日"]


def test_the_day_after_a_single_day_is_unchanged(pages_dir, tmp_path) -> None:
    page = PAGE.replace("3月19日至20日", "3月19日")
    rows = built_activities(pages_dir, tmp_path, page)
    assert "2021-03-20" in [r["start_date"] for r in rows if r["date_text"] == "次日"]
