"""A name of two characters elected to a post with 为 (推选…，乙、石磊为书记处书记; 选举陈国为
主席): the model reads 为 with the name (石磊为); in an election's sentence 为 and the post
after it are the election's, so the name ends before 为. Outside an election's sentence
(陈国为主席主持会议: no verb of election) the model's reading stands. Invented names."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会召开第一次全委会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_two_character_name_closing_a_list_elected_with_wei_ends_before_wei():
    body = "全委会推选邝文涛为第一书记，聂卫国、周海燕、石磊为书记处书记。"
    assert "石磊" in _people(body)
    assert "石磊为" not in _people(body)


def test_a_two_character_name_elected_with_wei_ends_before_wei():
    body = "大会选举陈国为主席。"
    assert _people(body) == ["陈国"]


def test_a_name_ending_in_wei_outside_an_election_stays_whole():
    body = "县总工会主席陈国为出席会议并讲话。"
    assert _people(body) == ["陈国为"]
