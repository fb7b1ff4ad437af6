"""Activities, s32 (issue 11): counts in one unit listed together before the verb of
taking part (120名职工和40名家属参加; 职工100余人、家属50人参加) are everyone who took
part, added up, not the last of them; a count of bodies qualifying one of people (31家
企业的1100余名职工) and counts in other clauses are not added. Sentences written for these
tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _count(sentence: str) -> tuple[float, str, str] | None:
    (found,) = find_activities([sentence])
    p = found.participants
    return None if p is None else (p.count, p.qualifier.value, p.unit.value)


def test_two_groups_joined_by_he_are_added_up():
    sentence = "6月2日，青禾县总工会举办职工趣味运动会，120名职工和40名家属参加。"
    assert _count(sentence) == (160, "exact", "people")


def test_groups_listed_with_a_comma_mark_keep_their_approximation():
    sentence = "6月2日，青禾县总工会举办职工趣味运动会，职工100余人、家属50人参加。"
    assert _count(sentence) == (150, "more_than", "people")


def test_those_honoured_in_two_groups_at_a_meeting_are_added_up():
    sentence = (
        "5月2日，青禾市劳动模范表彰大会在市人民会堂举行，86名市劳动模范和14名先进工作者受到表彰。"
    )
    assert _count(sentence) == (100, "exact", "people")


def test_bodies_qualifying_people_are_not_added():
    sentence = "6月2日，青禾县总工会举办职工技能培训班，31家企业的1100余名职工参加。"
    assert _count(sentence) == (1100, "more_than", "people")


def test_a_count_in_another_clause_is_not_added():
    sentence = "6月2日，青禾县总工会举办职工趣味运动会，设项目12个，300名职工参加。"
    assert _count(sentence) == (300, "exact", "people")


def test_delegates_described_at_length_and_guests_are_added_up():
    sentence = (
        "5月6日，青禾县工会第三次代表大会开幕，"
        "近300名来自全县各行各业的工会代表和20余名特邀代表出席大会。"
    )
    assert _count(sentence) == (320, "about", "people")


def test_bodies_whose_members_are_counted_after_a_de_are_not_added():
    sentence = (
        "今年以来，全县共有12个乡镇和县直部门的300多家企业参加了“安康杯”竞赛活动，"
        "参赛职工达9000人。"
    )
    (found,) = find_activities([sentence])
    assert found.participants is not None
    assert found.participants.count == 300
