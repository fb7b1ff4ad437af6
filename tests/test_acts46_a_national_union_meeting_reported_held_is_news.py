"""A national meeting of the union system reported as held is the article's news (s41
acts46): 全国工会女职工工作会议在京召开, 全国总工会…执委会议以电视电话会议形式召开, as a
news agency's copy of the national union's executive meeting and union schools' and
industrial unions' news report them (real pages read in s41). Before, any meeting whose
name opens with 全国 was background unless a union in its clause convened it, so the
meeting the article reports was lost. Near misses: such a meeting as a point of time
(召开以来, 召开之际), cited for its spirit, or a national meeting with no union in its name.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def _rows(*paragraphs: str) -> list[tuple[str, Category, Status]]:
    return [(a.name, a.category, a.status) for a in find_activities(list(paragraphs))]


def test_a_national_union_meeting_held_in_the_capital_is_reported():
    text = "1月20日，全国工会女职工工作会议在京召开。会议总结了去年工作，部署了今年任务。"
    assert _rows(text) == [("全国工会女职工工作会议", Category.meeting, Status.held)]


def test_a_national_union_executive_meeting_held_by_video_link_is_reported():
    text = "1月29日，全国总工会十八届三次执委会议以电视电话会议形式召开。"
    assert _rows(text) == [("全国总工会十八届三次执委会议", Category.meeting, Status.held)]


def test_a_national_union_meeting_closed_in_a_city_is_reported():
    text = "全国邮电工会女职工工作会议日前在西安闭幕。"
    assert [r[0] for r in _rows(text)] == ["全国邮电工会女职工工作会议"]


def test_a_national_union_meeting_as_a_point_of_time_is_background():
    text = "全国工会女职工工作会议召开以来，县总工会女职工委员会认真抓好落实。"
    assert _rows(text) == []


def test_a_national_union_meeting_on_whose_occasion_another_is_held_is_background():
    text = "在全国工会女职工工作会议召开之际，县总工会召开女职工代表座谈会。"
    assert [r[0] for r in _rows(text)] == ["女职工代表座谈会"]


def test_a_national_union_meeting_cited_for_its_spirit_is_background():
    assert _rows("会议传达了全国工会女职工工作会议精神。") == []


def test_a_national_meeting_without_a_union_in_its_name_stays_background():
    assert _rows("3月11日，全国政协十四届二次会议在京闭幕。") == []
