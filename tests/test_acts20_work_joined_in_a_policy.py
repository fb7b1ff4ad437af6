"""Work a policy joins to other work, session 34 (issue 11, acts20). A speech or a plan
joins kinds of work (把…同技术攻关、岗位练兵结合起来, 将…与劳动和技能竞赛活动深度融合,
将岗位练兵、师带徒等活动纳入竞赛): the kinds named between 把/将 and the verb of joining
are no activities held or planned. A contest planned before it is joined (将于5月举办…
竞赛并与…相结合) stays. Shapes read on real pages (a regional union's contest meeting, a
city's project contest, plans and speeches of unions) and in the tuning set holdout;
sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from tests.test_acts_enumerated_events_and_quiz_contests import _names


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "厂工会将把学习劳模事迹同技术革新、岗位练兵结合起来，激励职工争当先进。",
            id="joined_with_practice_drills",
        ),
        pytest.param("要将安全文化教育与劳动和技能竞赛活动深度融合。", id="merged_with_education"),
        pytest.param("要将岗位练兵、名师带徒等活动纳入竞赛。", id="taken_into_a_contest"),
    ],
)
def test_work_a_policy_joins_to_other_work_is_no_activity(sentence):
    assert _names(sentence) == []


def test_a_contest_planned_then_joined_to_a_campaign_stays():
    sentence = "桐溪区总工会将于6月举办职工消防知识竞赛并与安全生产月活动相结合。"
    assert _names(sentence)[:1] == ["职工消防知识竞赛"]


def test_a_contest_held_then_joined_in_another_clause_stays():
    sentence = "4月10日，桐溪区总工会举办职工安全知识竞赛，把学习与实践结合起来。"
    assert _names(sentence) == ["职工安全知识竞赛"]
