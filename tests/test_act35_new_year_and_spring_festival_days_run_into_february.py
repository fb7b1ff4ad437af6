"""A campaign over the days around New Year's Day and the Spring Festival named together
(元旦春节期间) runs from January to February even in a year whose Spring Festival falls in
January: its festivities run on to 元宵 (正月十五), as the tuning gold of real_dev31,
real_dev33 and real_dev34 and ANNOTATION.md date it. A single visit of those days keeps
the holidays' month (real_dev5's gold; tests/test_acts43_…), and the Spring Festival's days
named alone (春节期间) its month. Pages written for these tests (invented units and
names)."""

from __future__ import annotations

from tests.built import built_activities


def _dates(rows: list[dict], kind: str) -> list[tuple[str | None, str | None]]:
    return [(r["start_date"], r["end_date"]) for r in rows if r["category"] == kind]


def test_a_campaign_over_both_holidays_runs_into_february_when_the_festival_is_in_january(
    pages_dir, tmp_path
):
    # 2023: 春节 on 22 January, 元宵 on 5 February
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾市总工会\n\n"
        "【送温暖】2023年元旦春节期间，市总工会开展送温暖活动，筹集资金三百万元，"
        "走访慰问困难职工四千余人次。\n",
    )
    assert _dates(rows, "campaign") == [("2023-01", "2023-02")]


def test_a_visit_of_those_days_keeps_january(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾热力公司工会2023年工作总结\n\n"
        "元旦春节期间，公司党委书记钱立中带队走访慰问困难职工三十户，发放慰问金五万元。\n",
    )
    assert _dates(rows, "visit") == [("2023-01", None)]


def test_a_campaign_over_the_spring_festivals_days_alone_keeps_its_month(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "桐湾市总工会\n\n"
        "【送温暖】2023年春节期间，市总工会开展送温暖活动，筹集资金三百万元，"
        "走访慰问困难职工四千余人次。\n",
    )
    assert _dates(rows, "campaign") == [("2023-01", None)]
