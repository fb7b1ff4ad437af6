"""A head set in two lines whose first names a body and the verb it wants an object for
(``某区总工会看望``) and whose second opens with a word of 一 (``一线…``) is one headline
broken by the column, not a headline over a subtitle whose dash an OCR read as 一: half
a sentence is no headline, whatever the lead under it says (invented text)."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_heads

PAGE = (
    "青禾工人报  第二版\n"
    "东坪区总工会看望\n"
    "一线环卫工人\n"
    "本报讯 7月6日，东坪区总工会副主席李明带队到城区各处，为坚守岗位的工人送去绿豆汤。\n"
)


def test_a_bodys_verb_over_a_word_of_yi_is_one_headline() -> None:
    assert layout_heads(PAGE)[-1] == [
        ("headline", "东坪区总工会看望"),
        ("headline", "一线环卫工人"),
    ]


def test_a_dash_read_as_yi_under_a_whole_headline_still_opens_a_subtitle() -> None:
    page = PAGE.replace("东坪区总工会看望", "东坪区总工会看望环卫工人").replace(
        "一线环卫工人", "一走进城区各处岗位"
    )
    assert [role for role, _ in layout_articles(page)[-1][:2]] == ["headline", "subtitle"]
