"""A range of days printed without its month (12日至14日, 20—22日, 12日上午至14日), as news
items print them when the month is the paper's or was named before, dates its activity
from the first day to the last (ANNOTATION.md: a range gives start and end), not by the
last day alone. Invented sentences in the shape of real city unions' news."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, resolve
from tests.conftest import printed


def spans(paragraphs: list[str], published: str = "2023-09-20") -> list[tuple]:
    out = []
    for a in find_activities(paragraphs):
        assert a.date is not None, a.name
        r = resolve(a.date, printed(published))
        out.append((r.start, r.end))
    return out


def test_two_bare_days_joined_by_zhi_are_one_span_in_the_papers_month():
    got = spans(["12日至14日，青禾市总工会举办职工职业技能大赛。"])
    assert got == [("2023-09-12", "2023-09-14")]


def test_a_first_day_without_ri_takes_the_month_named_before():
    got = spans(
        [
            "本报讯 5月8日，青禾县总工会召开全委会议。",
            "20—22日，县总工会举办基层工会主席培训班。",
        ]
    )
    assert got == [("2023-05-08", None), ("2023-05-20", "2023-05-22")]


def test_a_time_of_day_on_the_first_day_keeps_the_span():
    got = spans(["12日上午至14日，青禾市总工会举办职工职业技能大赛。"])
    assert got == [("2023-09-12", "2023-09-14")]


def test_a_month_and_a_year_range_are_not_read_as_days():
    dates = find_dates("2020—22日，某某。5月20—22日，某某。")
    days = [(d.month, d.day, d.end_day) for d in dates if d.day]
    assert (5, 20, 22) in days
    assert all(end is None for month, _, end in days if month is None)
