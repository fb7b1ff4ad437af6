"""Session 44 (actattr3): a sentence of its own counting delegates who voted (…名会员代表
参加投票。) counts those at the congress the sentence before reported, as one closing with
参加 does. Shape of real_dev6's factory-union congress; sentence written for this test
(invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_delegates_voting_after_a_congress_are_its_count():
    text = (
        "10月11日，青山电子厂工会召开第一次会员代表大会，选举产生新一届工会委员会。"
        "来自五个车间的三百二十名会员代表参加投票。"
    )
    (congress,) = find_activities([text])
    assert congress.participants is not None and congress.participants.count == 320
