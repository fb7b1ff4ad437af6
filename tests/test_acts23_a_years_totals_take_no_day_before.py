"""A year's totals take no day from the sentence before, session 35 (acts23). 4月28日，…召开劳动
竞赛推进会。全年共开展各类劳动竞赛一百零六项: the totals tell the year, not the day of the
meeting told before them (the build dated them so, as real_dev2's yearbook entry shows; its
gold dates them by the year). An event told after the meeting with no date of its own still takes its day.
Shapes read on real pages (yearbook entries and year-end summaries of city and county
unions closing a list of the year's events with totals); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities

_MEETING = "4月28日，桐溪市总工会召开劳动竞赛推进会。"


@pytest.mark.parametrize(
    "totals",
    [
        pytest.param(
            "全年共开展各类劳动竞赛一百零六项，参赛职工十二万余人次。", id="a_years_totals"
        ),
        pytest.param("据统计，全市各级工会共举办职工运动会42场。", id="counted_totals"),
    ],
)
def test_totals_after_a_dated_meeting_take_no_date_from_it(totals):
    found = find_activities([_MEETING + totals])
    assert len(found) == 2
    assert found[0].date is not None and found[0].date.day == 28
    # none, or 全年 itself (the year: s45 dates10), never the meeting's month or day
    totals_date = found[1].date
    assert totals_date is None or (totals_date.month is None and totals_date.day is None)


def test_an_event_told_after_the_meeting_takes_its_day():
    found = find_activities([_MEETING + "市总工会还举办了职工篮球赛。"])
    assert [d.name for d in found] == ["劳动竞赛推进会", "职工篮球赛"]
    assert found[1].date is not None and found[1].date.day == 28


def test_a_course_after_a_months_news_takes_its_month():
    found = find_activities(["今年4月，桐溪市新增工会会员2000人。市总工会举办了新会员培训班。"])
    assert found[0].date is not None and found[0].date.month == 4
