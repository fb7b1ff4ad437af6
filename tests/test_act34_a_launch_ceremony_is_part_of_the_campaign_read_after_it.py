"""A launch ceremony is part of the campaign it launched, when the campaign is read
after it (s60 act34): …“护薪服务月”启动仪式在某工地举行。…服务月活动将持续到8月中旬 reads
the campaign as a row of its own, named as the ceremony less its ceremony word
(launched.py), and the ceremony, part of nothing, is now its part (README: a launch
ceremony is part of what it launched; real_dev5's gold). Near miss: a ceremony no
campaign is read after stays part of nothing. A page written for these tests (invented
names)."""

from __future__ import annotations

from tests.conftest import page_activities

_PAGE = (
    "市总工会“护薪服务月”启动\n\n"
    "发布时间：2031-07-14\n\n"
    "7月13日上午，松川市总工会“护薪服务月”启动仪式在松川区一处安置房工地举行。{after}\n"
)


def _activities(after: str):
    return page_activities(_PAGE.format(after=after))


def test_the_ceremony_is_part_of_the_campaign_read_after_it():
    acts = _activities("松川市总工会副主席林和平介绍，服务月活动将持续到8月中旬。")
    names = [a.name for a in acts]
    campaign = names.index("松川市总工会“护薪服务月”")
    ceremony = acts[names.index("松川市总工会“护薪服务月”启动仪式")]
    assert ceremony.parent == campaign


def test_a_ceremony_with_no_campaign_after_it_is_part_of_nothing():
    acts = _activities("")
    ceremony = next(a for a in acts if a.name and a.name.endswith("启动仪式"))
    assert ceremony.parent is None
