"""The talks of a report meeting, session 34 (issue 11, acts20). A report meeting of
model workers is made of their talks (报告会邀请三位劳模作事迹宣讲; 报告会上，劳模们先后
作事迹宣讲): the talks told after it are the meeting, no rows of their own. A talk
event with a name of its own told after it stays. Shapes read on real pages (report
meetings and report tours of model workers held by unions, groups and schools) and in
the tuning set real_dev8; sentences written for these tests (invented people and
bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from tests.test_acts_enumerated_events_and_quiz_contests import _names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "3月6日，桐溪区总工会举办劳模事迹报告会。"
            "报告会邀请韩立新等三位劳模作事迹宣讲，300余名职工聆听了报告。",
            id="invited_by_the_meeting",
        ),
        pytest.param(
            "3月6日，桐溪区总工会举办劳模事迹报告会。报告会上，五位劳模先后作事迹宣讲。",
            id="given_at_the_meeting",
        ),
    ],
)
def test_talks_of_a_report_meeting_are_the_meeting(text):
    assert _names(text) == ["劳模事迹报告会"]


def test_a_named_talk_event_after_a_report_meeting_stays():
    text = "3月6日，桐溪区总工会举办劳模事迹报告会。4月，区总工会还将在园区举办“工匠讲堂”专场宣讲。"
    assert len(_names(text)) == 2


def test_talks_after_a_caption_under_the_report_meeting_are_the_meeting():
    paragraphs = [
        "近日，桐溪区总工会在园区举办劳模工匠事迹报告会。",
        "报告会现场。桐溪区总工会供图",
        "报告会邀请韩立新等两位劳模作事迹宣讲，150余名职工聆听了报告。",
    ]
    assert [d.name for d in find_activities(paragraphs)] == ["劳模工匠事迹报告会"]
