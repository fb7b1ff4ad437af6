"""A count in a clause of a plan is a target, not a total, session 36 (acts24): 启动“职工健康
体检季”，今年将为全区3000名职工免费体检. The campaign just launched runs on (ongoing, as the
tuning gold of real_dev11 reads it); the count was taken for a total that shows a
campaign held. A total told as done (共发放宣传资料2000余份) still makes it held.
Sentences written for these tests (invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def _status(text: str) -> Status:
    return find_activities([text])[0].status


def test_a_campaign_launched_with_a_target_runs_on():
    text = "3月5日，桐溪区总工会启动“职工健康体检季”，今年将为全区3000名一线职工免费体检。"
    assert _status(text) == Status.ongoing


def test_a_campaign_told_with_its_total_was_held():
    text = "桐溪区总工会开展“送清凉”活动，共发放防暑用品2000余份。"
    assert _status(text) == Status.held
