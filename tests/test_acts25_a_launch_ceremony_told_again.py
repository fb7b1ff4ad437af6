"""Activities, s36 (acts25): a series launched at a ceremony, its planned items listed,
then 启动仪式后，… telling a service held on the day: the bare ceremony is the launch
ceremony read first (its name ends in it), so the service's count is no planned item's,
and a service on site is no part of a plan (a plan has no site yet). Sentences written
for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status

PARAGRAPHS = [
    "4月25日，青禾区总工会“工会服务月”系列活动启动仪式在区职工服务中心举行，职工代表80余人参加。",
    "服务月期间，区总工会将开展“法律服务进企业”、职工健康义诊、职工子女暑期托管班等活动。",
    "启动仪式后，区总工会邀请市中心医院的5名专家为现场60余名职工进行了义诊。",
]


def test_the_services_count_is_no_planned_items():
    found = find_activities(PARAGRAPHS)
    planned = [a for a in found if a.status == Status.planned]
    assert [a.name for a in planned] == ["“法律服务进企业”", "职工健康义诊", "职工子女暑期托管班"]
    assert all(a.participants is None for a in planned)
    (clinic,) = [a for a in found if a.name == "义诊"]
    assert clinic.status == Status.held and clinic.participants.count == 60
    assert clinic.parent is None or found[clinic.parent].status != Status.planned
