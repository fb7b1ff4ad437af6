"""Activities, s29 (issue 11): the sessions a congress is made of (大会预备会议, 选举大会,
the first sessions of the committees it elects: 随后召开的第六届工会委员会第一次全体会议,
经费审查委员会第一次会议) are parts of the congress reported before them; a committee's
later session, a congress's own numbered session and a session with no congress before
stay on their own. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _parents(*paragraphs: str) -> dict[str, str | None]:
    found = find_activities(list(paragraphs))
    return {a.name: (found[a.parent].name if a.parent is not None else None) for a in found}


def test_first_sessions_of_the_committees_a_congress_elects_are_its_parts():
    parents = _parents(
        "5月9日，柳河县总工会第六次代表大会在县会堂举行。大会选举产生新一届委员会委员21名。"
        "在随后召开的第六届工会委员会第一次全体会议上，罗青当选为工会主席；"
        "经费审查委员会第一次会议选举韩冬为经审会主任。"
    )
    congress = "柳河县总工会第六次代表大会"
    assert parents["第六届工会委员会第一次全体会议"] == congress
    assert parents["经费审查委员会第一次会议"] == congress


@pytest.mark.parametrize("session", ["大会预备会议", "选举大会"])
def test_the_preparatory_and_election_sessions_of_a_congress_are_its_parts(session):
    parents = _parents(
        f"4月20日，青禾区总工会第三次代表大会在区会议中心开幕。当天上午召开了{session}。"
    )
    assert parents[session] == "青禾区总工会第三次代表大会"


def test_a_congress_s_own_numbered_session_is_no_part_of_another_congress():
    parents = _parents(
        "3月2日，青禾公司工会会员代表大会召开。次日，公司召开第四届职工代表大会第一次会议。"
    )
    assert parents["第四届职工代表大会第一次会议"] is None


def test_a_committee_s_first_session_with_no_congress_before_stands_alone():
    parents = _parents("5月9日，柳河县总工会召开第六届工会委员会第一次全体会议。")
    assert parents["第六届工会委员会第一次全体会议"] is None
