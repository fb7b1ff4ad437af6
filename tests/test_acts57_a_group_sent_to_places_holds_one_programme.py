"""Activities (s45 acts57): a campaign's head with words of its own held by a group the
union sends to places (组织劳模工匠进企业、进校园开展技能传承活动) is one programme: the
going makes it one, as a name of delivery does (送法进企业), though its words stand before
the verb; 技能传承活动 alone is a kind. Real pages of s45 (provincial and county unions
sending model workers and craftsmen to firms and schools). Near misses: 活动 alone, and
进入 (组织职工进入会场), make none. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def _names(text: str) -> list[str | None]:
    return [a.name for a in find_activities([text])]


def test_craftsmen_sent_to_firms_and_schools_hold_one_programme():
    text = "青禾省总工会将在年内组织劳模工匠进企业、进校园开展技能传承活动。"
    acts = find_activities([text])
    assert [(a.name, a.status) for a in acts] == [("技能传承活动", Status.planned)]


def test_model_workers_sent_to_a_community_hold_one_programme():
    assert _names("溪口区总工会组织劳模进社区开展义诊活动。") == ["义诊活动"]


def test_the_kind_alone_with_no_going_stays_none():
    assert _names("溪口区总工会开展技能传承活动。") == []


def test_a_bare_head_after_the_going_stays_none():
    assert _names("溪口区总工会组织职工进社区开展活动。") == []


def test_entering_a_hall_is_no_going_to_a_place():
    assert _names("溪口区总工会组织职工进入会场开展联欢活动。") == []
