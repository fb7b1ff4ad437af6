"""Activities (s44 acts55): a round of training a body's cadres take in turn, told
without 班 (举办全市工会财务干部集中轮训), is a course, as 集中培训 is; 轮训 alone names
none (每年对基层工会主席进行轮训: the union's habit). Real pages of s44 (city and county
unions' winter rounds for their cadres). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_citys_round_of_training_for_finance_staff_is_a_course():
    text = (
        "1月20日，青禾市总工会在柳岸区职工培训基地举办全市工会财务干部集中轮训，86名财务人员参加。"
    )
    [course] = find_activities([text])
    assert (course.name, course.category, course.status) == (
        "全市工会财务干部集中轮训",
        Category.training,
        Status.held,
    )
    assert course.participants is not None and course.participants.count == 86


def test_a_yearly_round_told_bare_is_no_course():
    assert find_activities(["区总工会每年对基层工会主席进行轮训。"]) == []
