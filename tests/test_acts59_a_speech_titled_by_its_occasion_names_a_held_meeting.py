"""Activities (s47 acts59): a speech or work report printed whole under a title line
naming its occasion (——在某县工会第三次代表大会上的报告) tells of the meeting it was given
at, held, beside the campaigns of the years the report sums up: the congress had been
missed whenever the body named any activity, and a 讲话 line was read as a speech cited.
Real pages of s47 (county and city unions' work reports to their congresses, a company's
speech to its workers' congress). Near misses: a body clause citing a speech (学习…在某会
上的讲话) stays background, a subtitle of another shape adds nothing, and a body naming
the congress itself keeps one row. Pages written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status
from tests.conftest import page_facts


def _activities(page: str) -> list[tuple[str | None, Category, Status]]:
    return [(a.name, a.category, a.status) for a in page_facts(page).articles[0].activities]


def _report(subtitle: str, body: str) -> str:
    return f"凝心聚力 再创佳绩\n{subtitle}\n林晓梅\n各位代表、同志们：\n{body}\n"


def test_a_work_reports_occasion_is_a_held_congress_beside_the_years_campaigns():
    page = _report(
        "——在青禾县工会第三次代表大会上的报告",
        "五年来，全县工会连续开展“五小”创新竞赛，八十余家企业参与。",
    )
    found = _activities(page)
    assert ("青禾县工会第三次代表大会", Category.meeting, Status.held) in found
    assert any(name == "“五小”创新竞赛" for name, _, _ in found)


def test_a_speech_at_a_workers_congress_names_it_when_the_body_names_nothing():
    page = _report(
        "——在溪口公司一届二次职工代表大会上的讲话", "过去一年，公司上下团结一心，产值稳步增长。"
    )
    assert _activities(page) == [("溪口公司一届二次职工代表大会", Category.meeting, Status.held)]


def test_a_congress_the_body_names_again_is_one_row():
    page = _report(
        "——在青禾县工会第三次代表大会上的报告",
        "青禾县工会第三次代表大会是在全县上下奋进新征程的关键时刻召开的。",
    )
    names = [name for name, _, _ in _activities(page)]
    assert names.count("青禾县工会第三次代表大会") == 1


def test_a_speech_cited_in_a_body_clause_stays_background():
    text = "会议组织学习了县长在全县劳模座谈会上的讲话。"
    assert "全县劳模座谈会" not in [a.name for a in find_activities([text])]


def test_a_subtitle_of_another_shape_adds_no_meeting():
    page = _report(
        "——记青禾县工会第三次代表大会代表林晓梅", "五年来，她扎根车间，带出徒弟三十余名。"
    )
    assert all(name != "青禾县工会第三次代表大会" for name, _, _ in _activities(page))
