"""A union's or a company's meeting to sum up its year (2023年度总结会, 年终总结会) and its
year meeting (职工年会, 2024年年会) are meetings; 年会 after a word of time is the modal 会
(今年会同…, 明年会继续) or the head of another word (2023年会员), and a fee after a trigger
(年会费, 培训费) is a noun it modifies, no activity. Sentences written for these tests
(invented units), in the shapes of company unions' and county unions' year-end reports."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str | None, Category]]:
    return [(d.name, d.category) for d in find_activities([text])]


def test_a_years_summing_up_meeting_is_a_meeting():
    text = "1月12日，北岭公司工会召开2023年度总结会，各分工会主席60余人参加。"
    assert _found(text) == [("2023年度总结会", Category.meeting)]


def test_a_year_end_summing_up_meeting_is_a_meeting():
    text = "12月29日，县总工会机关召开年终总结会，全体干部参加。"
    assert _found(text) == [("年终总结会", Category.meeting)]


def test_a_workers_year_meeting_is_a_meeting():
    text = "1月13日，公司工会举办职工年会，300余名职工欢聚一堂。"
    assert _found(text) == [("职工年会", Category.meeting)]


def test_the_year_before_a_year_meeting_is_part_of_its_name():
    text = "1月20日，南湖物流公司工会举办2024年年会，200余名职工参加。"
    assert _found(text) == [("2024年年会", Category.meeting)]


def test_nian_hui_after_a_word_of_time_is_the_modal_hui():
    assert _found("县总工会今年会同县人社局开展职工技能比武。") == [
        ("职工技能比武", Category.competition)
    ]
    assert _found("公司工会表示明年会继续关心困难职工。") == []


def test_a_fee_after_a_trigger_is_no_activity():
    assert _found("公司工会提醒各分工会按时缴纳2024年会费和培训费。") == []


def test_a_members_congress_after_a_year_is_still_a_congress():
    names = [n for n, _ in _found("5月8日，公司召开2024年会员代表大会，选举新一届委员会。")]
    assert names and all("代表大会" in n for n in names)
