"""A count of the sites an activity is held at, right after 在 (在全集团42个项目部开展…竞赛),
tells where it runs, not the bodies taking part: the count the sentence gives those
taking part is its count (参赛职工达1.2万人次). Read on real_dev22: a building group's
safety quiz was counted as 42 bodies. Near miss: bodies joined by 联合 still count.
Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def _count(text: str) -> tuple[int, Unit]:
    p = find_activities([text])[0].participants
    return p.count, p.unit


def test_sites_after_zai_leave_the_count_to_those_taking_part():
    text = "日前，青禾建工集团工会在全集团36个项目部开展安全知识竞赛，参赛职工达9000人次。"
    assert _count(text) == (9000, Unit.person_times)


def test_bodies_joined_by_lianhe_still_count():
    text = "6月，区总工会联合20家企业开展技能竞赛，参赛职工达500人。"
    assert _count(text) == (20, Unit.organisations)
