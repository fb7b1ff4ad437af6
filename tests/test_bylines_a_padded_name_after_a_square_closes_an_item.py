"""A digest item closed by a square and a two-character name the column pads to three
characters' width (``…清凉油。■晏 飞``): the item's correspondent, as ``■某某`` is (real_dev3,
a district paper's PDF page), not a person of its text. Invented text."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import page_facts

ITEM = "▲八角街道总工会日前为辖区50名环卫工人赠送防晒帽和清凉油。"


def test_a_square_and_a_padded_name_start_the_items_credit() -> None:
    assert end_credit_start(ITEM + "■晏 飞") == len(ITEM)


def test_the_padded_name_is_the_correspondent_and_no_person() -> None:
    page = "工会动态\n" + ITEM + "■晏 飞\n▲日前，青禾区总工会举办职工读书分享会。■柴 宇\n"
    facts = page_facts(page)
    authors = {(a.name, a.role.value) for art in facts.articles for a in art.authors}
    people = {p.name for art in facts.articles for p in art.people}
    assert ("晏飞", "correspondent") in authors
    assert "晏飞" not in people


def test_two_spaced_characters_that_are_no_name_after_a_square_are_no_credit() -> None:
    assert end_credit_start(ITEM + "■完 了") is None
