"""Dates of planned activities (s49 actattr8): a union's year summary printed at that
year's end sets out the next year's plans under a heading naming that year (五、2013年工作
打算; 三、明年工作打算); what the section lists with no date of its own is planned for the
heading's year, not the year the summary was printed (real_dev5's gold). A heading that
names no year leaves the plan to the year printed. A page written for these tests
(invented names)."""

from __future__ import annotations

from tests.conftest import page_facts

_SUMMARY = (
    "青禾热力公司工会2030年工作总结\n\n"
    "2030年，公司工会围绕中心任务，较好地完成了全年各项工作。\n\n"
    "一、开展劳动竞赛\n\n"
    "9月举办职工技能比武，86名职工参加。\n\n"
    "二、{heading}\n\n"
    "一是继续开展“安康杯”竞赛，夯实安全生产基础；二是争创市级模范职工之家。\n\n"
    "青禾热力公司工会\n\n"
    "2030年12月28日\n"
)


def _starts(heading: str) -> dict[str | None, str | None]:
    facts = page_facts(_SUMMARY.format(heading=heading))
    return {a.name: a.date.start for art in facts.articles for a in art.activities}


def test_an_undated_plan_takes_the_year_its_heading_names():
    assert _starts("2031年工作打算")["“安康杯”竞赛"] == "2031"


def test_next_year_in_the_heading_is_counted_from_the_summary():
    assert _starts("明年工作打算")["“安康杯”竞赛"] == "2031"


def test_a_heading_without_a_year_leaves_the_plan_to_the_year_printed():
    assert _starts("下一步工作打算")["“安康杯”竞赛"] == "2030"
