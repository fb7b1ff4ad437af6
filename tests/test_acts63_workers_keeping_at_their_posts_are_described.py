"""坚持 in a phrase closed by 的 that describes the workers a visit meets (慰问了在一线
坚持生产的职工, 看望了坚持值守的环卫工人) tells what they do, not that the visit runs:
the visit was held, as with 正在休产假的女工. A habit told right before the activity
(坚持开展的…活动, 坚持每年举办…) still runs. Real pages of s50 acts63 (heat and holiday
visits) and the tuning gold of real_dev13. Sentences written for these tests."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def test_a_visit_to_workers_keeping_at_production_was_held():
    out = find_activities(
        ["日前，青禾矿工会主席带领工会干部深入井下，慰问了在采煤一线坚持生产的职工。"]
    )
    assert [a.status for a in out] == [Status.held]


def test_a_campaign_a_union_keeps_running_still_runs():
    out = find_activities(["青禾区总工会坚持开展“送清凉”活动。"])
    assert [a.status for a in out] == [Status.ongoing]
