"""带队 and 率队 follow a leader's name (主席某某带队慰问…): a given name ending in a
character that is also a conjunction (李永和) is read whole before them. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "铁路工会慰问一线职工\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_given_name_ending_in_he_is_read_whole_before_daidui():
    body = "本报讯 1月20日，青河工务段工会主席李永和带队慰问一线职工。"
    assert _people(body) == ["李永和"]


def test_a_name_before_lvdui_is_read():
    body = "本报讯 3月5日，市总工会副主席刘建东率队到青河县调研。"
    assert _people(body) == ["刘建东"]


def test_a_union_leading_a_visit_names_no_one():
    body = "本报讯 由市总工会带队，职工代表参观了青河县的劳模展览。"
    assert _people(body) == []


def test_a_name_joined_by_he_to_another_is_still_two_people():
    body = "本报讯 市总工会主席王立新和副主席李永带队慰问一线职工。"
    assert sorted(_people(body)) == sorted(["王立新", "李永"])
