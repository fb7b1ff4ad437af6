"""The day an activity closed, told later, session 35 (acts21). 6月3日，…培训班开班。…培训班
于6月7日结业 (or 6月7日，培训班圆满结业): the course ran from the 3rd to the 7th. A day
before its start, or a range already read, stands. Shapes read on real pages (a district
union's cadre course over three days, a national skills final closing in a city, a
county's course, a company's two-day contest); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from tests.test_acts19_ends_and_places import _dates

OPENED = "6月3日，宁川市总工会2024年基层工会主席培训班在市委党校开班，120名基层工会主席参加。"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("培训班于6月7日结业，学员们纷纷表示收获很大。", id="closed_on_a_day_after_it"),
        pytest.param("6月7日，培训班圆满结业。", id="closed_on_a_day_before_it"),
        pytest.param("培训班于7日在市委党校顺利结业。", id="a_bare_day_at_a_place"),
    ],
)
def test_a_later_mention_gives_the_day_a_course_closed(closing):
    assert _dates(OPENED + closing, "2024-06-08") == [("2024-06-03", "2024-06-07")]


@pytest.mark.parametrize(
    "later",
    [
        pytest.param("培训班于6月2日完成报名。", id="a_day_before_its_start"),
        pytest.param("培训班于6月7日举行分组讨论。", id="a_day_with_no_closing"),
    ],
)
def test_no_closing_leaves_no_end(later):
    assert _dates(OPENED + later, "2024-06-08")[0] == ("2024-06-03", None)


def test_a_range_already_read_stands():
    text = "6月3日至5日，宁川市总工会2024年基层工会主席培训班在市委党校举办。培训班于6月7日结业。"
    assert _dates(text, "2024-06-08") == [("2024-06-03", "2024-06-05")]


def test_a_later_mention_gives_the_month_a_contest_opened():
    text = "2024年桐溪市职工职业技能大赛由市总工会主办。大赛于今年5月启动，各区先后举行选拔。"
    assert _dates(text, "2024-11-18") == [("2024-05", None)]


def test_a_month_already_read_stands():
    text = "3月，2024年桐溪市职工职业技能大赛由市总工会主办。大赛于今年5月启动。"
    assert _dates(text, "2024-11-18") == [("2024-03", None)]
