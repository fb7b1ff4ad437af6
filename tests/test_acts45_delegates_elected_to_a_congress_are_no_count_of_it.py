"""A meeting that elects delegates to a congress (s41 acts45): 选举产生出席省工会第十四次代表
大会代表15名, 选出参加…代表大会的代表3名, as city and county unions report the meetings
that send delegates to a provincial congress (real pages read in s41). The count is of
those returned, not of those at the meeting, and the congress they will go to is cited,
no activity of the article. Before, the verb 出席 between the election and the count read
the delegates as the meeting's attendance, and the congress took the count of those at
the meeting told in the sentence after. Near misses: voters counted after an election
(86名代表参加投票), members returned (选举产生委员21名), and a union sending delegates to a
congress with no election (选派代表出席…大会: unchanged).
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _found(*paragraphs: str) -> list[tuple[str | None, tuple | None]]:
    out = []
    for a in find_activities(list(paragraphs)):
        p = a.participants
        out.append((a.name, (p.count, p.qualifier.value, p.unit.value) if p else None))
    return out


def test_delegates_elected_to_a_congress_are_no_count_of_the_meeting():
    text = "9月10日，市总工会召开全市工会代表会议，选举产生出席省工会代表大会的代表15名。"
    assert _found(text) == [("全市工会代表会议", None)]


def test_the_congress_delegates_are_elected_to_is_no_activity():
    text = (
        "9月10日，市总工会召开全市工会代表会议，选举产生出席省工会第十四次代表大会代表15名。"
        "各县区总工会负责人及代表候选人共64人参加了会议。"
    )
    assert _found(text) == [("全市工会代表会议", (64, "exact", "people"))]


def test_voters_counted_after_an_election_are_the_meetings():
    text = "9月，县工会召开第四次代表大会，选举产生新一届委员会，86名代表参加投票。"
    assert _found(text) == [("第四次代表大会", (86, "exact", "people"))]


def test_members_returned_are_no_count():
    text = "9月，县工会召开第四次代表大会，选举产生委员21名。"
    assert _found(text) == [("第四次代表大会", None)]
