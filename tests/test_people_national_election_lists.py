"""A national federation's election report lists its elected officers in long runs:
ten names and more before one 为, names of every nationality alike (transliterated ones
with a middle dot), notes of two parts after a name (兼，女), and the committee of a term
named 执行委员会. Every name listed takes the post. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.people.elections import elected_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions


def _elected(text: str) -> dict[str, list[str]]:
    tokens = tag_tokens(text)
    hits = elected_names(text, tokens, find_org_spans(text, tokens))
    return {h.name: [c.title_normalised for c in h.claims] for h in hits}


_SECRETARIES = (
    "葛文涛",
    "潘秀英",
    "韩立东",
    "罗志刚",
    "夏文斌",
    "曹永红",
    "邹明亮",
    "钟立群",
    "孙立新",
    "丁一鸣",
)


def test_ten_names_before_one_wei_share_the_post():
    text = (
        "青河省总工会召开全委会，推选何秀兰为第一书记，"
        + "、".join(_SECRETARIES)
        + "为书记处书记。"
    )
    found = _elected(text)
    assert {n: found.get(n) for n in _SECRETARIES} == {n: ["书记处书记"] for n in _SECRETARIES}


def test_names_before_a_wei_that_states_no_post_take_none():
    text = "青河省总工会召开全委会，" + "、".join(_SECRETARIES) + "为职工办实事。"
    assert not set(_elected(text)) & set(_SECRETARIES)


def test_a_transliterated_name_inside_a_counted_list_keeps_the_list_whole():
    found = _elected(
        "青河省总工会召开全委会，钟立群、阿依古丽·买买提、葛文涛等3位同志当选为副主席。"
    )
    assert {n: found.get(n) for n in ("钟立群", "阿依古丽·买买提", "葛文涛")} == {
        "钟立群": ["副主席"],
        "阿依古丽·买买提": ["副主席"],
        "葛文涛": ["副主席"],
    }


def test_a_transliterated_name_closing_a_counted_list_takes_the_post():
    found = _elected("青河省总工会召开全委会，钟立群、买买提江·阿不都等2位同志当选为副主席。")
    assert found.get("买买提江·阿不都") == ["副主席"] and found.get("钟立群") == ["副主席"]


def test_a_transliterated_name_outside_the_list_takes_no_post():
    found = _elected("青河县总工会召开全委会，买买提江·阿不都讲话，钟立群当选为副主席。")
    assert "买买提江·阿不都" not in found and found.get("钟立群") == ["副主席"]


def test_a_note_of_two_parts_after_a_name_keeps_the_list_whole():
    found = _elected(
        "青河省总工会召开全委会，钟立群（兼，女）、葛文涛（满族）、潘秀英等3名同志当选副主席。"
    )
    assert {n: found.get(n) for n in ("钟立群", "葛文涛", "潘秀英")} == {
        "钟立群": ["副主席"],
        "葛文涛": ["副主席"],
        "潘秀英": ["副主席"],
    }


def test_the_executive_committee_of_a_term_is_the_federations():
    found = first_article_positions(
        "本报讯 10月13日，青河省总工会第九届执行委员会召开第一次全体会议。"
        "钟立群、葛文涛等2位同志当选为青河省总工会第九届执行委员会副主席。\n"
    )
    assert ("钟立群", "副主席", "青河省总工会") in found
    assert ("葛文涛", "副主席", "青河省总工会") in found
    assert not [f for f in found if f[2] == "委员会"]
