"""Activities, s32 (issue 11): a count of those an election returned (选举产生委员9名; 由11
名委员组成的委员会; 9名代表当选) is no count of those at the congress; the delegates
present or voting stay its count. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _count(sentence: str) -> tuple[float, str] | None:
    (found,) = find_activities([sentence])
    p = found.participants
    return None if p is None else (p.count, p.unit.value)


def test_members_elected_after_the_verb_are_no_attendance():
    assert _count("5月6日，青禾县总工会召开第二次会员代表大会，选举产生委员9名。") is None


def test_members_an_elected_body_is_made_of_are_no_attendance():
    sentence = (
        "5月6日，青禾县总工会召开第二次会员代表大会，"
        "大会选举产生了由11名委员组成的新一届工会委员会。"
    )
    assert _count(sentence) is None


def test_each_elected_list_after_the_verb_is_no_attendance():
    sentence = (
        "5月6日，青禾县总工会召开第二次会员代表大会，大会选举产生县总工会第二届委员会"
        "委员21名，经费审查委员会委员5名。"
    )
    assert _count(sentence) is None


def test_delegates_present_before_the_election_stay_the_count():
    sentence = (
        "5月6日，青禾县总工会召开第二次会员代表大会，86名代表出席会议，"
        "大会选举产生新一届委员会委员11名。"
    )
    assert _count(sentence) == (86, "people")


def test_voters_after_the_election_stay_the_count():
    sentence = (
        "5月6日，青禾县总工会召开第二次会员代表大会，选举产生新一届委员会，"
        "一百二十名会员代表参加投票。"
    )
    assert _count(sentence) == (120, "people")
