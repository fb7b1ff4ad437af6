"""A congress's roll call (应到会员代表120名，实到114名) counts those present, not those
called: the participants are the number after 实到. Sentences written for these tests
(invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def counts(*paragraphs: str) -> list[int | None]:
    return [
        a.participants.count if a.participants else None for a in find_activities(list(paragraphs))
    ]


def test_congress_counts_the_members_present_not_those_called():
    assert counts(
        "3月5日，柳河市青禾科技有限公司工会第三次会员代表大会在公司礼堂召开，"
        "应到会员代表120名，实到114名。"
    ) == [114]


def test_present_delegates_named_after_the_word_of_attendance():
    assert counts("4月2日，柳河县总工会召开第五次代表大会，大会应到代表60人，实到代表58人。") == [
        58
    ]


def test_congress_without_a_roll_call_keeps_its_count():
    assert counts("4月2日，柳河县总工会召开第五次代表大会，160名代表出席大会。") == [160]
