"""Activities (s39 acts37): an activity told with a time since (8月以来) and closed in its
own clause after it (…开展的“安康杯”安全知识竞赛日前圆满结束) was held; before, the time
since made it run on. A close planned (将于10月底结束), the end of a run (活动将持续到11月
结束) and a programme still running keep their status. Sentences written for these tests
(invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def _status(sentence):
    [draft] = find_activities([sentence])
    return draft.status


def test_a_contest_since_august_closed_was_held():
    assert _status("8月以来，沙坪坝区总工会开展的“安康杯”安全知识竞赛日前圆满结束。") == Status.held


def test_a_campaign_closed_on_a_recent_day_was_held():
    sentence = "今年3月以来，市总工会开展的“安全隐患我来找”专项行动于近日落下帷幕。"
    assert _status(sentence) == Status.held


def test_a_close_planned_stays_planned():
    assert _status("市总工会“安康杯”竞赛将于10月底结束。") == Status.planned


def test_a_run_to_its_end_stays_ongoing():
    sentence = "8月以来，区总工会开展“安康杯”竞赛，活动将持续到11月结束。"
    assert _status(sentence) == Status.ongoing


def test_a_programme_still_running_stays_ongoing():
    assert _status("入夏以来，区总工会开展“送清凉”活动，目前仍在进行中。") == Status.ongoing
