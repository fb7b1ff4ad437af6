"""Activities, s33 (issue 11): experts counted before those they serve (两名律师为150名职工
举办法律讲座, 5名医生为200余名环卫工人开展义诊) give the service; the activity's
participants are those served. Volunteers counted before those they help stay its
participants (they take part). Sentences written for these tests (invented unions,
places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Qualifier, Unit


@pytest.mark.parametrize(
    ("paragraph", "count", "qualifier"),
    [
        ("3月5日，青禾区总工会邀请两名律师为150名职工举办法律讲座。", 150, Qualifier.exact),
        (
            "6月2日，柳河县总工会组织5名医生为200余名环卫工人开展义诊活动。",
            200,
            Qualifier.more_than,
        ),
        ("4月9日，青禾区总工会邀请三位教授给80名工会干部举办专题讲座。", 80, Qualifier.exact),
    ],
)
def test_experts_serving_a_counted_audience_are_not_its_participants(paragraph, count, qualifier):
    (found,) = find_activities([paragraph])
    assert found.participants is not None
    assert (found.participants.count, found.participants.unit) == (count, Unit.people)
    assert found.participants.qualifier == qualifier


def test_volunteers_counted_before_those_they_help_stay_the_participants():
    (found,) = find_activities(
        ["3月5日，青禾区总工会组织30名职工志愿者为100名老人开展志愿服务活动。"]
    )
    assert found.participants is not None and found.participants.count == 30
