"""A union federation founded under its plaque (某合作社工会联合会挂牌成立) is an event, read
like a facility opened: the federation of many small unions is news, named by the body
founded. The tuning gold of real_dev18 (a league chronicle's herders' federation). A
federation's founding meeting stays a meeting. Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_federation_of_cooperatives_founded_under_its_plaque_is_held():
    out = find_activities(
        ["次日，青禾旗果农合作社工会联合会挂牌成立，南岭果农合作社工会等9家合作社工会加入。"]
    )
    assert [(a.category, a.status) for a in out] == [(Category.other, Status.held)]


def test_a_federations_founding_meeting_is_a_meeting():
    out = find_activities(["5月8日，青禾区快递行业工会联合会成立大会在区职工服务中心召开。"])
    assert [a.category for a in out] == [Category.meeting]
