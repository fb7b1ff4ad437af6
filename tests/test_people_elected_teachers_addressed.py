"""A word of address after an elected person's name (张某老师当选为工会主席, 选举张某老师
为主席): schools' and colleges' unions report their elections so; the word is no part of
the name, as 同志 is not. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.people.elections import elected_names
from gonghui_build.text.tokenizer import tag_tokens


def _elected(text: str) -> list[tuple[str, list[str]]]:
    tokens = tag_tokens(text)
    hits = elected_names(text, tokens, find_org_spans(text, tokens))
    return [(h.name, [c.title for c in h.claims]) for h in hits]


def test_a_teacher_elected_chair_is_named_without_the_address():
    text = "青禾中学工会召开会员大会，韩立民老师当选为工会主席。"
    assert _elected(text) == [("韩立民", ["工会主席"])]


def test_teachers_elected_with_their_own_wei_are_named_without_the_address():
    text = "青禾中学工会召开会员大会，选举韩立民老师为主席、苏婉清老师为副主席。"
    assert _elected(text) == [("韩立民", ["主席"]), ("苏婉清", ["副主席"])]


def test_teachers_with_no_name_elected_give_no_one():
    assert _elected("青禾中学的老师当选为工会委员的有三人。") == []
