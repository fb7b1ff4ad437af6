"""A word of when a post was held (原, 原任) printed before the body of a chain is no
part of the body's name: 原区总工会主席 is a post at 区总工会; a known place the word
opens (原平市) stays whole (invented names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_former_before_a_short_body_is_no_part_of_it():
    text = "会议宣布，原区总工会主席韩世荣另有任用。"
    assert _chain(text, "韩世荣") == [("主席", "区总工会")]


def test_former_before_a_named_body_stays_out_of_it():
    text = "会议宣布，原石湾区总工会主席韩世荣另有任用。"
    assert _chain(text, "韩世荣") == [("主席", "石湾区总工会")]


def test_former_in_office_before_the_body_is_no_part_of_it():
    text = "原任区总工会主席韩世荣调任区政协。"
    assert _chain(text, "韩世荣") == [("主席", "区总工会")]


def test_the_chain_goes_on_before_a_former_post():
    text = "石湾市委常委、原区总工会主席韩世荣出席。"
    assert _chain(text, "韩世荣") == [("常委", "石湾市委"), ("主席", "区总工会")]


def test_a_place_opening_with_the_word_keeps_it():
    # the near miss: 原平市 is a city, not a former 平市
    text = "原平市总工会主席韩世荣出席会议。"
    assert _chain(text, "韩世荣") == [("主席", "原平市总工会")]
