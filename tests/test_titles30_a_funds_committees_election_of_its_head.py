"""An election held by a union's funds review committee (县总工会经费审查委员会选举某某为
主任; 经审会第一次会议选举甲为主任、乙为副主任): the bare post is the committee's, so its
title keeps the committee (经费审查委员会主任, 经审会主任), held at the union, as a union's
funds review committee in a title chain is (tests/fixtures/ANNOTATION.md). Before, the
committee was dropped and the post read as the union's own 主任. Near misses: an election
in the clause after the committee is set up is the union's; a post the chain names its
own body for, or names the committee in, is left as read. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_CONGRESS = "鹤城县总工会召开第八次代表大会。"
_UNION = "鹤城县总工会"


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_the_committees_head_elected_by_the_committee():
    found = _positions(_CONGRESS + "县总工会经费审查委员会选举蒯志强为主任。")
    assert found == {("蒯志强", "经费审查委员会主任", _UNION)}


def test_the_committee_electing_at_its_first_meeting_by_its_short_name():
    found = _positions(_CONGRESS + "随后，经审会第一次会议选举蒯志强为主任、幸海涛为副主任。")
    assert found == {
        ("蒯志强", "经审会主任", _UNION),
        ("幸海涛", "经审会副主任", _UNION),
    }


def test_an_election_in_the_clause_after_the_committee_is_the_unions():
    body = _CONGRESS + "大会选举产生了新一届委员会和经费审查委员会，选举蒯志强为主席。"
    assert _positions(body) == {("蒯志强", "主席", _UNION)}


def test_a_post_naming_the_committee_stays_as_read():
    found = _positions(_CONGRESS + "经费审查委员会第一次会议选举蒯志强为经审会主任。")
    assert found == {("蒯志强", "经审会主任", _UNION)}


def test_an_election_by_the_union_itself_is_unchanged():
    found = _positions(_CONGRESS + "县总工会第八届委员会选举蒯志强为主席。")
    assert ("蒯志强", "经费审查委员会主席", _UNION) not in found
