"""A column's label after a square whose words a one-character preposition or particle
joins (``■职工之家在行动``, ``■劳模在身边``) names no one: it stands over the next item and
credits nobody; a name after a square, even one holding such a character (``■王在军``),
stays a credit. Invented text."""

from __future__ import annotations

from gonghui_build.layout.square_credits import joined_phrase, square_names
from tests.conftest import layout_articles, page_facts

PAGE = (
    "青禾区工会干部集中培训\n"
    "本报讯（通讯员 柴一宁）6月8日，青禾区总工会举办基层工会主席培训班，80名工会主席参加。\n"
    "■职工之家在行动\n"
    "青禾区总工会开展安全知识竞赛\n"
    "本报讯 6月9日，青禾区总工会举办安全生产知识竞赛，12支代表队参赛。（晏飞）\n"
)


def test_a_label_of_words_joined_by_a_preposition_is_no_name() -> None:
    assert joined_phrase("职工之家在行动")
    assert not square_names("职工之家在行动")
    assert not square_names("劳模在身边")


def test_a_name_holding_the_same_character_is_still_a_credit() -> None:
    assert square_names("王在军")
    assert square_names("赵一鸣")


def test_the_label_between_two_items_credits_no_one() -> None:
    authors = {a.name for art in page_facts(PAGE).articles for a in art.authors}
    assert "职工之家在行动" not in authors


def test_the_label_over_the_next_head_is_no_kicker_of_it() -> None:
    roles = [
        role for article in layout_articles(PAGE) for role, text in article if "在行动" in text
    ]
    assert "kicker" not in roles
