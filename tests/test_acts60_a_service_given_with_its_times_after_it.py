"""Activities (s48 acts60): a service given to a group with the times it was given closing
the clause (启动仪式后，十多名律师在工地现场为农民工提供法律咨询二百余人次) is a service
all the same: the count after it had kept the clause from ending on the service, and the
service was lost (the tuning gold of real_dev5: an activity of the campaign launched,
kind other). Its name stops before the count. Real pages of s48 (county unions' clinics
and legal advice given at a launch, counted in 人次). Sentences written for these tests
(invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

LAUNCH = "8月2日上午，青禾市总工会“夏送清凉”启动仪式在柳岸区某工地举行。"


def test_advice_given_with_its_times_after_it_is_a_service():
    text = "启动仪式后，十多名律师在工地现场为农民工提供法律咨询二百余人次。"
    names = [a.name for a in find_activities([LAUNCH, text])]
    assert "法律咨询" in names


def test_a_service_closing_its_clause_is_read_as_before():
    text = "启动仪式后，医生们为环卫工人提供免费体检。"
    assert "免费体检" in [a.name for a in find_activities([LAUNCH, text])]


def test_money_handed_out_with_a_count_is_still_no_service():
    text = "启动仪式后，市总工会为困难职工发放慰问金三百余次。"
    assert [a.name for a in find_activities([LAUNCH, text])] == ["青禾市总工会“夏送清凉”启动仪式"]
